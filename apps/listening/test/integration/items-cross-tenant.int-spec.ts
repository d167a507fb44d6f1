import { randomUUID } from 'node:crypto';
import type { ListeningItemDto } from '@groundwork/contracts';
import { TenantSql } from '@groundwork/testing';
import { useServiceHarness } from '@groundwork/testing/harness';
import { listeningUnderTest } from '../support/listening-harness';

describe('items across tenants', () => {
  const harness = useServiceHarness(listeningUnderTest);
  const tenantA = randomUUID();
  const tenantB = randomUUID();
  let runtimeSql: TenantSql;
  let itemOfA: ListeningItemDto;

  beforeAll(async () => {
    runtimeSql = new TenantSql(process.env.APP_DATABASE_URL);
    itemOfA = await harness.rpc.ok<ListeningItemDto>('listening.item.create', { name: 'Of A' }, { tenantId: tenantA });
  });

  afterAll(() => runtimeSql.close());

  it("shows coalition B none of coalition A's items, as the service's runtime role", async () => {
    const select = 'SELECT id FROM listening.items WHERE id = $1';
    expect(await runtimeSql.query(tenantA, select, [itemOfA.id])).toEqual([{ id: itemOfA.id }]);
    expect(await runtimeSql.query(tenantB, select, [itemOfA.id])).toEqual([]);
    expect(await runtimeSql.query(null, select, [itemOfA.id])).toEqual([]);
  });

  it("refuses to write a row into coalition A's items from coalition B", async () => {
    await expect(
      runtimeSql.query(tenantB, 'INSERT INTO listening.items (tenant_id, id, name) VALUES ($1, $2, $3)', [
        tenantA,
        randomUUID(),
        'Planted',
      ]),
    ).rejects.toThrow(/row-level security/);
  });

  it("keeps B's items apart from A's", async () => {
    const itemOfB = await harness.rpc.ok<ListeningItemDto>('listening.item.create', { name: 'Of B' }, { tenantId: tenantB });
    const names = (tenantId: string) =>
      runtimeSql.query<{ name: string }>(tenantId, 'SELECT name FROM listening.items ORDER BY name');
    expect(await names(tenantB)).toEqual([{ name: 'Of B' }]);
    expect(await names(tenantA)).toEqual([{ name: 'Of A' }]);
    expect(itemOfB.id).not.toBe(itemOfA.id);
  });
});
