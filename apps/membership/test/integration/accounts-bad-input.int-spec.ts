import type { Subject } from '@groundwork/contracts';
import {
  PASSWORD,
  countAsSystem,
  countRows,
  invitationTokenFromMail,
  signUp,
  uniqueEmail,
  type Member,
} from '../support/accounts-fixtures';
import { useMembershipHarness } from '../support/membership-harness';

const SQL = `'; DROP TABLE membership.users;--`;
const HTML = '<script>alert(1)</script>';
const NUL = 'Evil\u0000Name';
const RTL = 'Right\u202eLeft';
const uuidA = '00000000-0000-4000-8000-000000000000';

/** Text fields that refuse markup and control characters, besides being required and bounded. */
const text = (max: number) => [undefined, '', '   ', 'x'.repeat(max + 1), 42, ['a'], HTML, NUL, RTL];
const emails = [
  undefined,
  '',
  'not-an-email',
  `${'a'.repeat(250)}@example.org`,
  42,
  SQL,
  `${HTML}@example.org`,
  `a\u0000b@example.org`,
];
const passwords = [undefined, '', 'short', 'x'.repeat(201), 12345678901];
const ids = [undefined, '', 'not-a-uuid', SQL, 42, null, `${uuidA}\u0000`];

interface Case {
  subject: Subject;
  valid: Record<string, unknown>;
  field: string;
  values: unknown[];
  tenant: boolean;
}

describe('bad input on accounts subjects', () => {
  const harness = useMembershipHarness();
  let owner: Member;
  let invitationToken: string;

  beforeAll(async () => {
    owner = await signUp(harness.rpc, 'Bad Input');
    const invitee = uniqueEmail('invitee');
    await harness.rpc.ok('membership.invitation.create', { email: invitee, role: 'VIEWER' }, owner.as);
    invitationToken = await invitationTokenFromMail(harness.sql, owner.tenantId, invitee);
  });

  const cases = (): Case[] => {
    const signUpBody = {
      coalitionName: 'Valid Coalition',
      name: 'Val Id',
      email: uniqueEmail('valid'),
      password: PASSWORD,
    };
    const loginBody = { email: owner.email, password: PASSWORD, coalitionSlug: owner.auth.coalition.slug };
    const acceptBody = { token: invitationToken, name: 'Val Id', password: PASSWORD };
    const c = (
      subject: Subject,
      tenant: boolean,
      valid: Record<string, unknown>,
      field: string,
      values: unknown[],
    ): Case => ({
      subject,
      tenant,
      valid,
      field,
      values,
    });
    return [
      c('membership.auth.sign-up', false, signUpBody, 'coalitionName', text(120)),
      c('membership.auth.sign-up', false, signUpBody, 'name', text(120)),
      c('membership.auth.sign-up', false, signUpBody, 'email', emails),
      c('membership.auth.sign-up', false, signUpBody, 'password', passwords),
      c(
        'membership.coalition.create',
        true,
        { coalitionName: 'Valid Coalition' },
        'coalitionName',
        text(120),
      ),
      c('membership.auth.login', false, loginBody, 'email', emails),
      c('membership.auth.login', false, loginBody, 'password', [undefined, '', 'x'.repeat(201), 42]),
      c('membership.auth.login', false, loginBody, 'coalitionSlug', [
        undefined,
        '',
        '  ',
        'x'.repeat(81),
        42,
      ]),
      c('membership.auth.refresh', false, { refreshToken: owner.auth.session.refreshToken }, 'refreshToken', [
        undefined,
        '',
        'x'.repeat(301),
        42,
      ]),
      c('membership.auth.accept-invitation', false, acceptBody, 'token', [
        undefined,
        '',
        'x'.repeat(301),
        42,
      ]),
      c('membership.auth.accept-invitation', false, acceptBody, 'name', text(120)),
      c('membership.auth.accept-invitation', false, acceptBody, 'password', passwords),
      c('membership.auth.authenticate-api-token', false, { token: 'gwk_00000000_x' }, 'token', [
        undefined,
        '',
        'x'.repeat(301),
        42,
      ]),
      c('membership.auth.logout', true, { sessionId: owner.auth.session.id }, 'sessionId', ids),
      c(
        'membership.viewer.get',
        true,
        { userId: owner.userId },
        'userId',
        ids.filter((v) => v !== null),
      ),
      c('membership.user.list', true, { first: 10 }, 'first', [0, 101, -1, 1.5, 'ten', null]),
      c('membership.user.list', true, { first: 10 }, 'after', [
        'x'.repeat(201),
        42,
        'garbage',
        SQL,
        Buffer.from('["x","y"]').toString('base64url'),
      ]),
      c('membership.user.get-many', true, { ids: [owner.userId] }, 'ids', [
        undefined,
        [],
        'x',
        42,
        Array(501).fill(owner.userId),
      ]),
      c('membership.user.get-many', true, { ids: [owner.userId] }, 'ids.0', ['nope', SQL, 42, null]),
      c('membership.user.update-role', true, { userId: owner.userId, role: 'OWNER' }, 'userId', ids),
      c('membership.user.update-role', true, { userId: owner.userId, role: 'OWNER' }, 'role', [
        undefined,
        '',
        'owner',
        'GOD',
        SQL,
        42,
        null,
      ]),
      c('membership.user.remove', true, { userId: owner.userId }, 'userId', ids),
      c('membership.invitation.create', true, { email: uniqueEmail('inv'), role: 'VIEWER' }, 'email', emails),
      c('membership.invitation.create', true, { email: uniqueEmail('inv'), role: 'VIEWER' }, 'role', [
        undefined,
        'viewer',
        HTML,
        42,
      ]),
      c('membership.invitation.list', true, { pendingOnly: true }, 'pendingOnly', ['yes', 1, null]),
      c('membership.invitation.list', true, { first: 10 }, 'first', [0, 101, -1, 1.5, 'ten', null]),
      c('membership.invitation.list', true, { first: 10 }, 'after', [
        'x'.repeat(201),
        42,
        'garbage',
        SQL,
        Buffer.from('["x","y"]').toString('base64url'),
      ]),
      c('membership.api-token.list', true, { first: 10 }, 'first', [0, 101, -1, 1.5, 'ten', null]),
      c('membership.api-token.list', true, { first: 10 }, 'after', [
        'x'.repeat(201),
        42,
        'garbage',
        SQL,
        Buffer.from('["x","y"]').toString('base64url'),
      ]),
      c('membership.api-token.create', true, { name: 'Valid', scopes: ['READ'] }, 'name', text(100)),
      c('membership.api-token.create', true, { name: 'Valid', scopes: ['READ'] }, 'scopes', [
        undefined,
        [],
        'READ',
        ['READ', 'WRITE', 'READ'],
      ]),
      c('membership.api-token.create', true, { name: 'Valid', scopes: ['READ'] }, 'scopes.0', [
        'ADMIN',
        'read',
        SQL,
        42,
      ]),
      c('membership.api-token.revoke', true, { id: uuidA }, 'id', ids),
    ];
  };

  const tenantTables = ['memberships', 'sessions', 'invitations', 'api_tokens', 'sent_mail'];
  const snapshot = async () => ({
    coalitions: await countAsSystem('sign-up', 'coalitions'),
    users: await countAsSystem('sign-up', 'users'),
    ...Object.fromEntries(
      await Promise.all(
        tenantTables.map(async (t) => [t, await countRows(harness.sql, owner.tenantId, t)] as const),
      ),
    ),
  });

  it('answers BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const before = await snapshot();
    for (const { subject, valid, field, values, tenant } of cases()) {
      for (const value of values) {
        const body = structuredClone(valid);
        const [top, index] = field.split('.');
        if (index !== undefined) body[top!] = [value];
        else if (value === undefined) delete body[field];
        else body[field] = value;
        const error = await harness.rpc.error(subject, body, tenant ? owner.as : {});
        expect({ subject, value, code: error.code, field: error.details?.field }).toEqual({
          subject,
          value,
          code: 'BAD_USER_INPUT',
          field,
        });
      }
    }
    expect(await snapshot()).toEqual(before);
  });

  it('names the root when the body is not an object', async () => {
    for (const body of [[], 'text', 42, null]) {
      const error = await harness.rpc.error('membership.auth.sign-up', body);
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: '(root)' } });
    }
  });

  it('stores SQL-looking text verbatim where free text is allowed, harmlessly', async () => {
    const auth = await harness.rpc.ok('membership.auth.sign-up', {
      coalitionName: `O'Brien ${SQL}`,
      name: `Robert'); DROP TABLE membership.users;--`,
      email: uniqueEmail('bobby'),
      password: `${SQL}${NUL}`,
    });
    expect(auth.coalition).toMatchObject({
      name: `O'Brien ${SQL}`,
      slug: expect.stringMatching(/^obrien-drop-table-membership-users(-\d+)?$/),
    });
    expect(auth.user.name).toBe(`Robert'); DROP TABLE membership.users;--`);
    const token = await harness.rpc.ok(
      'membership.api-token.create',
      { name: SQL, scopes: ['READ'] },
      owner.as,
    );
    expect(token.apiToken.name).toBe(SQL);
    const users = await harness.rpc.ok('membership.user.list', {}, owner.as);
    expect(users.totalCount).toBe(1);
  });

  it('refuses every tenant subject that arrives without a tenant header', async () => {
    for (const { subject, valid } of cases().filter((c) => c.tenant)) {
      const error = await harness.rpc.error(subject, valid, { actorId: owner.userId });
      expect({ subject, code: error.code }).toEqual({ subject, code: 'TENANT_REQUIRED' });
    }
    const apiTokenList = await harness.rpc.error('membership.api-token.list', {}, { actorId: owner.userId });
    expect(apiTokenList.code).toBe('TENANT_REQUIRED');
  });
});
