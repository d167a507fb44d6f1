import { MAX_BATCH, type LeadershipProfileDto } from '@groundwork/contracts';
import type { RpcClient } from '@groundwork/service-kit/client';
import DataLoader from 'dataloader';
import { callContext, type GraphQLContext } from '../graphql/graphql-context';
import { requestLoader } from '../people/request-loaders';

/** Trainings, skills and roles of people by id, one `membership.leadership.profile.get-many` per tick. */
export function leadershipProfileLoader(
  rpc: RpcClient,
  context: GraphQLContext,
): DataLoader<string, LeadershipProfileDto | null> {
  return requestLoader(
    context,
    'leadershipProfile',
    () =>
      new DataLoader<string, LeadershipProfileDto | null>(
        async (ids) => {
          const found = await rpc.request(
            'membership.leadership.profile.get-many',
            { ids: [...ids] },
            { context: callContext(context) },
          );
          const byPerson = new Map(found.map((profile) => [profile.personId, profile]));
          return ids.map((id) => byPerson.get(id) ?? null);
        },
        { maxBatchSize: MAX_BATCH },
      ),
  );
}
