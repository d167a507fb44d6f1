import { MAX_BATCH, type OrganizationDto } from '@groundwork/contracts';
import type { RpcClient } from '@groundwork/service-kit/client';
import DataLoader from 'dataloader';
import { callContext, type GraphQLContext, type Loaders } from '../graphql/graphql-context';

export type OrganizationLoader = DataLoader<string, OrganizationDto | null>;

/**
 * Each request's organization loader, made on first use. It is keyed on the request's `loaders`
 * object, which every shallow copy of the context shares, so it lives exactly as long as the
 * request, like the loaders the context factory makes.
 */
const organizationLoaders = new WeakMap<Loaders, OrganizationLoader>();

/** Organizations by id, one `membership.organization.get-many` per tick; unknown ids load as null. */
export function organizationLoader(rpc: RpcClient, context: GraphQLContext): OrganizationLoader {
  let loader = organizationLoaders.get(context.loaders);
  if (!loader) {
    loader = new DataLoader(
      async (ids) => {
        const organizations = await rpc.request(
          'membership.organization.get-many',
          { ids: [...ids] },
          { context: callContext(context) },
        );
        const byId = new Map(organizations.map((organization) => [organization.id, organization]));
        return ids.map((id) => byId.get(id) ?? null);
      },
      { maxBatchSize: MAX_BATCH },
    );
    organizationLoaders.set(context.loaders, loader);
  }
  return loader;
}
