import { MAX_BATCH, type MemberUserDto } from '@groundwork/contracts';
import type { RequestContext, RpcClient } from '@groundwork/service-kit/client';
import DataLoader from 'dataloader';

export type UserLoader = DataLoader<string, MemberUserDto | null>;

/** Members of the coalition by user id, one `membership.user.get-many` per tick; former members load as null. */
export function createUserLoader(rpc: RpcClient, context: () => RequestContext): UserLoader {
  return new DataLoader(
    async (ids) => {
      const users = await rpc.request('membership.user.get-many', { ids: [...ids] }, { context: context() });
      const byId = new Map(users.map((user) => [user.id, user]));
      return ids.map((id) => byId.get(id) ?? null);
    },
    { maxBatchSize: MAX_BATCH },
  );
}
