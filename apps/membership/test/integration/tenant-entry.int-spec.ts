import { randomUUID } from 'node:crypto';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { SystemReason, UnitOfWork } from '@groundwork/service-kit';
import { Client } from 'pg';
import { signUp, type Member } from '../support/accounts-fixtures';
import { useMembershipHarness } from '../support/membership-harness';

interface Settings {
  tenant: string;
  system: string;
}

const READ_SETTINGS = `SELECT current_setting('app.tenant_id', true) AS tenant, current_setting('app.system_context', true) AS system`;

/** Work that enters a tenant keeps none of the system path's reach, and sign-up seeds only its own coalition. */
describe('entering a tenant', () => {
  const harness = useMembershipHarness();
  let unitOfWork: UnitOfWork;
  let txHost: TransactionHost<TransactionalAdapterTypeOrm>;
  let existing: Member;
  let runtime: Client;

  beforeAll(async () => {
    unitOfWork = harness.app.get(UnitOfWork);
    txHost = harness.app.get(TransactionHost);
    existing = await signUp(harness.rpc, 'Existing');
    runtime = new Client({ connectionString: process.env.MEMBERSHIP_DATABASE_URL });
    await runtime.connect();
  });

  afterAll(async () => {
    await runtime?.end();
  });

  const settings = async (): Promise<Settings> => (await txHost.tx.query<Settings[]>(READ_SETTINGS))[0]!;

  it('clears app.system_context in the statement that sets the tenant', async () => {
    const seen = await unitOfWork.runAsSystem(SystemReason.ACCEPT_INVITATION, async () => {
      const before = await settings();
      await unitOfWork.enterTenant(existing.tenantId);
      return { before, after: await settings() };
    });
    expect(seen).toEqual({
      before: {
        tenant: expect.not.stringMatching(existing.tenantId) as unknown,
        system: 'accept-invitation',
      },
      after: { tenant: existing.tenantId, system: '' },
    });
  });

  it('clears app.system_context when a tenant unit of work joins a system one', async () => {
    const seen = await unitOfWork.runAsSystem(SystemReason.SIGN_UP, async () => {
      await unitOfWork.enterTenant(existing.tenantId);
      return unitOfWork.run(settings);
    });
    expect(seen).toEqual({ tenant: existing.tenantId, system: '' });
  });

  it('no longer lets the system reason read across tenants once inside one', async () => {
    const coalitions = await unitOfWork.runAsSystem(SystemReason.SIGN_UP, async () => {
      const all = await txHost.tx.query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM membership.coalitions`,
      );
      await unitOfWork.enterTenant(existing.tenantId);
      const inside = await txHost.tx.query<Array<{ id: string }>>(`SELECT id FROM membership.coalitions`);
      return { all: all[0]!.n, inside: inside.map((row) => row.id) };
    });
    expect(coalitions.all).toBeGreaterThan(1);
    expect(coalitions.inside).toEqual([existing.tenantId]);
  });

  describe('the sign-up seed policies, as membership’s role', () => {
    /** Runs `fn` in a rolled-back transaction under the sign-up reason, seeding `seedTenant` if given. */
    const inSignUp = async (seedTenant: string | null, fn: () => Promise<unknown>) => {
      await runtime.query('BEGIN');
      try {
        await runtime.query(`SELECT set_config('app.system_context', 'sign-up', true)`);
        if (seedTenant) await runtime.query(`SELECT set_config('app.seed_tenant', $1, true)`, [seedTenant]);
        return await fn();
      } finally {
        await runtime.query('ROLLBACK');
      }
    };
    const insertCoalition = (id: string) =>
      runtime.query(
        `INSERT INTO membership.coalitions (id, name, slug, created_at) VALUES ($1, 'Seeded', $2, now())`,
        [id, `seeded-${id}`],
      );
    const insertLevel = (tenantId: string) =>
      runtime.query(
        `INSERT INTO membership.ladder_levels (tenant_id, id, name, position) VALUES ($1, gen_random_uuid(), 'Planted', 99)`,
        [tenantId],
      );

    it('admit the coalition being created, with its seeded ladder', async () => {
      const id = randomUUID();
      const levels = await inSignUp(id, async () => {
        await insertCoalition(id);
        await runtime.query(`SELECT set_config('app.tenant_id', $1, true)`, [id]);
        return (await runtime.query(`SELECT count(*)::int AS n FROM membership.ladder_levels`)).rows[0]
          .n as number;
      });
      expect(levels).toBe(5);
    });

    it('refuse a coalition other than the one named by app.seed_tenant, or none named', async () => {
      await expect(inSignUp(randomUUID(), () => insertCoalition(randomUUID()))).rejects.toThrow(
        /row-level security/,
      );
      await expect(inSignUp(null, () => insertCoalition(randomUUID()))).rejects.toThrow(/row-level security/);
    });

    it("refuse seeding rows into an existing coalition's tenant", async () => {
      const id = randomUUID();
      await expect(
        inSignUp(id, async () => {
          await insertCoalition(id);
          await insertLevel(existing.tenantId);
        }),
      ).rejects.toThrow(/row-level security/);
      await expect(inSignUp(existing.tenantId, () => insertLevel(existing.tenantId))).rejects.toThrow(
        /row-level security/,
      );
    });
  });
});
