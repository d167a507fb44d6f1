import { MAX_BATCH, type PersonDemographicsDto } from '@groundwork/contracts';
import type { RpcClient } from '@groundwork/service-kit/client';
import DataLoader from 'dataloader';
import { callContext, type GraphQLContext } from '../graphql/graphql-context';
import { requestLoader } from '../people/request-loaders';

/** Demographics by person id, one `membership.demographics.get-many` per tick. */
export function demographicsLoader(
  rpc: RpcClient,
  context: GraphQLContext,
): DataLoader<string, PersonDemographicsDto | null> {
  return requestLoader(
    context,
    'demographics',
    () =>
      new DataLoader<string, PersonDemographicsDto | null>(
        async (ids) => {
          const found = await rpc.request(
            'membership.demographics.get-many',
            { ids: [...ids] },
            { context: callContext(context) },
          );
          const byId = new Map(found.map((answers) => [answers.personId, answers]));
          return ids.map((id) => byId.get(id) ?? null);
        },
        { maxBatchSize: MAX_BATCH },
      ),
  );
}
