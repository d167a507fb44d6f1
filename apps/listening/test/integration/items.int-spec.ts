import { randomUUID } from 'node:crypto';
import { ErrorCode, type ListeningItemDto } from '@groundwork/contracts';
import { useServiceHarness } from '@groundwork/testing/harness';
import { listeningUnderTest } from '../support/listening-harness';

describe('listening.item.create', () => {
  const harness = useServiceHarness(listeningUnderTest);
  const tenantId = randomUUID();

  const stored = (id: string) =>
    harness.sql.query<{ name: string }>(tenantId, 'SELECT name FROM listening.items WHERE id = $1', [id]);

  it('stores the item in the tenant and answers it', async () => {
    const item = await harness.rpc.ok<ListeningItemDto>('listening.item.create', { name: '  First  ' }, { tenantId });

    expect(item).toEqual({ id: expect.any(String), name: 'First', createdAt: expect.any(String) });
    expect(await stored(item.id)).toEqual([{ name: 'First' }]);
  });

  it('refuses a bad name with the field at fault, storing nothing', async () => {
    const before = await harness.sql.query<{ count: number }>(
      tenantId,
      'SELECT count(*)::int AS count FROM listening.items',
    );
    for (const name of ['', '<script>', 'x'.repeat(201)]) {
      const error = await harness.rpc.error('listening.item.create', { name }, { tenantId });
      expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
      expect(error.details?.field).toBe('name');
    }
    expect(
      await harness.sql.query<{ count: number }>(tenantId, 'SELECT count(*)::int AS count FROM listening.items'),
    ).toEqual(before);
  });

  it('refuses a call without a tenant', async () => {
    const error = await harness.rpc.error('listening.item.create', { name: 'No tenant' });
    expect(error.code).toBe(ErrorCode.TENANT_REQUIRED);
  });
});
