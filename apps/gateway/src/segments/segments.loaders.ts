import DataLoader from 'dataloader';
import type { ServiceRpc } from '../common/service-rpc';
import type { GraphQLContext } from '../graphql/graphql-context';

const countLoaders = new WeakMap<GraphQLContext, DataLoader<string, number>>();

/**
 * Live counts of saved segments, batched into one `count-many` request per tick. Kept per request
 * (keyed by the request's context object), so a list of segments costs one NATS request, not one each.
 */
export function segmentCountLoader(
  services: ServiceRpc,
  context: GraphQLContext,
): DataLoader<string, number> {
  let loader = countLoaders.get(context);
  if (!loader) {
    loader = new DataLoader<string, number>(
      async (ids) => {
        const counts = await services.request(context, 'membership.segment.count-many', { ids: [...ids] });
        const byId = new Map(counts.map((row) => [row.segmentId, row.count]));
        return ids.map((id) => byId.get(id) ?? 0);
      },
      { maxBatchSize: 100 },
    );
    countLoaders.set(context, loader);
  }
  return loader;
}
