import { startPlatform, TenantSql, type Platform } from '@groundwork/testing';
import { addMember, createPerson, signUpCoalition, type AuthPayload } from './support/coalitions';
import { errorCode, GatewayClient } from './support/gateway-client';

interface AuditPage {
  auditLog: {
    totalCount: number;
    edges: Array<{
      node: {
        action: string;
        actorType: string | null;
        actor: { id: string; role: string } | null;
        person: { id: string; firstName: string } | null;
        details: Record<string, unknown>;
      };
    }>;
  };
}
const AUDIT_LOG = `query ($personId: ID, $action: String, $first: Int) {
  auditLog(personId: $personId, action: $action, first: $first) {
    totalCount edges { node { action actorType actor { id role } person { id firstName } details } }
  }
}`;

let platform: Platform;
let client: GatewayClient;
let sql: TenantSql;
let owner: AuthPayload;

beforeAll(async () => {
  platform = await startPlatform();
  client = new GatewayClient(platform.url);
  sql = new TenantSql();
  owner = await signUpCoalition(client, 'audit');
});

afterAll(async () => {
  await sql.close();
  await platform.stop();
});

describe('auditLog', () => {
  it('shows an admin who changed a person, with the actor and the person resolved', async () => {
    const person = await createPerson(client, owner.accessToken, { firstName: 'Ella', lastName: 'Baker' });

    const { auditLog } = await client.data<AuditPage>(
      AUDIT_LOG,
      { personId: person.id },
      { token: owner.accessToken },
    );

    expect(auditLog.totalCount).toBe(1);
    expect(auditLog.edges[0]?.node).toEqual({
      action: 'membership.person.created',
      actorType: 'USER',
      actor: { id: owner.user.id, role: 'OWNER' },
      person: { id: person.id, firstName: 'Ella' },
      details: expect.objectContaining({ personId: person.id }) as unknown,
    });
  });

  it('is refused to organizers and viewers', async () => {
    for (const role of ['ORGANIZER', 'VIEWER'] as const) {
      const member = await addMember(client, sql, owner, role);
      expect(errorCode(await client.request(AUDIT_LOG, {}, { token: member.accessToken }))).toBe('FORBIDDEN');
    }
  });

  it("never shows one coalition's changes to another", async () => {
    const person = await createPerson(client, owner.accessToken, { firstName: 'Fannie', lastName: 'Hamer' });
    const other = await signUpCoalition(client, 'audit-other');

    const byPerson = await client.data<AuditPage>(
      AUDIT_LOG,
      { personId: person.id },
      { token: other.accessToken },
    );
    const everything = await client.data<AuditPage>(AUDIT_LOG, { first: 100 }, { token: other.accessToken });

    expect(byPerson.auditLog.totalCount).toBe(0);
    expect(everything.auditLog.edges.every(({ node }) => node.person?.id !== person.id)).toBe(true);
  });

  it('names the argument at fault', async () => {
    const response = await client.request(
      AUDIT_LOG,
      { action: 'Not A Prefix!' },
      { token: owner.accessToken },
    );
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions).toMatchObject({ field: 'action' });
  });
});
