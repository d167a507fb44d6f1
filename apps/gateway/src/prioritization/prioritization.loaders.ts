import { MAX_BATCH, type RoundDto } from '@groundwork/contracts';
import type { RpcClient } from '@groundwork/service-kit/client';
import DataLoader from 'dataloader';
import { callContext, type GraphQLContext, type Loaders } from '../graphql/graphql-context';

export type PrioritizationRoundLoader = DataLoader<string, RoundDto | null>;

/** Each request's round loader, made on first use and living as long as the request's `loaders`. */
const roundLoaders = new WeakMap<Loaders, PrioritizationRoundLoader>();

/** Rounds by id, one `listening.round.get-many` per tick; unknown ids load as null. */
export function prioritizationRoundLoader(
  rpc: RpcClient,
  context: GraphQLContext,
): PrioritizationRoundLoader {
  let loader = roundLoaders.get(context.loaders);
  if (!loader) {
    loader = new DataLoader(
      async (ids) => {
        const rounds = await rpc.request(
          'listening.round.get-many',
          { ids: [...ids] },
          { context: callContext(context) },
        );
        const byId = new Map(rounds.map((round) => [round.id, round]));
        return ids.map((id) => byId.get(id) ?? null);
      },
      { maxBatchSize: MAX_BATCH },
    );
    roundLoaders.set(context.loaders, loader);
  }
  return loader;
}
