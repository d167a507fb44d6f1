import type { PersonDto } from '@groundwork/contracts';
import { serviceRole } from '@groundwork/service-kit';
import { Client } from 'pg';
import { signUp, type Member } from '../support/accounts-fixtures';
import { useMembershipHarness } from '../support/membership-harness';

/**
 * Membership's own role sees only the tenant in `app.tenant_id`. The catalog-wide checks (every table of
 * every service, each service's role) are at platform level: packages/testing/test/integration/rls-catalog.int-spec.ts.
 */
describe("membership's runtime role under row-level security", () => {
  const harness = useMembershipHarness();
  let runtime: Client;
  let coalition: Member;
  let person: PersonDto;

  beforeAll(async () => {
    runtime = new Client({ connectionString: process.env.MEMBERSHIP_DATABASE_URL });
    await runtime.connect();
    coalition = await signUp(harness.rpc, 'Catalog');
    person = await harness.rpc.ok(
      'membership.person.create',
      { firstName: 'Ada', lastName: 'Lovelace' },
      coalition.as,
    );
  });

  afterAll(async () => {
    await runtime?.end();
  });

  it(`shows ${serviceRole('membership')} no people without app.tenant_id, although they exist`, async () => {
    const count = async (tenantId?: string) => {
      await runtime.query('BEGIN');
      try {
        if (tenantId !== undefined)
          await runtime.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
        const { rows } = await runtime.query<{ count: number }>(
          `SELECT count(*)::int AS count FROM membership.people`,
        );
        return rows[0]!.count;
      } finally {
        await runtime.query('ROLLBACK');
      }
    };

    expect(await count()).toBe(0);
    expect(await count('')).toBe(0);
    expect(await count(coalition.tenantId)).toBeGreaterThanOrEqual(1);
    expect(
      (await harness.sql.query(null, `SELECT id FROM membership.people WHERE id = $1`, [person.id])).length,
    ).toBe(0);

    await expect(
      runtime.query(
        `INSERT INTO membership.people (tenant_id, id, first_name, last_name, created_at, updated_at)
         VALUES ($1, gen_random_uuid(), 'Mallory', 'Intruder', now(), now())`,
        [coalition.tenantId],
      ),
    ).rejects.toThrow(/row-level security/);
  });
});
