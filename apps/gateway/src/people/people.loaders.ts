import { MAX_BATCH, type PersonDto } from '@groundwork/contracts';
import type { RequestContext, RpcClient } from '@groundwork/service-kit/client';
import DataLoader from 'dataloader';

export type PersonLoader = DataLoader<string, PersonDto | null>;

/** People by id, one `membership.person.get-many` per tick; ids the coalition does not have load as null. */
export function createPersonLoader(rpc: RpcClient, context: () => RequestContext): PersonLoader {
  return new DataLoader(
    async (ids) => {
      const people = await rpc.request(
        'membership.person.get-many',
        { ids: [...ids] },
        { context: context() },
      );
      const byId = new Map(people.map((person) => [person.id, person]));
      return ids.map((id) => byId.get(id) ?? null);
    },
    { maxBatchSize: MAX_BATCH },
  );
}
