import { MAX_BATCH, type PersonConsentsDto } from '@groundwork/contracts';
import type { RpcClient } from '@groundwork/service-kit/client';
import DataLoader from 'dataloader';
import { callContext, type GraphQLContext } from '../graphql/graphql-context';
import { requestLoader } from '../people/request-loaders';

/** People's current consent by person id, one `membership.consent.current.get-many` per tick. */
export function currentConsentLoader(
  rpc: RpcClient,
  context: GraphQLContext,
): DataLoader<string, PersonConsentsDto | null> {
  return requestLoader(
    context,
    'currentConsent',
    () =>
      new DataLoader<string, PersonConsentsDto | null>(
        async (ids) => {
          const found = await rpc.request(
            'membership.consent.current.get-many',
            { ids: [...ids] },
            { context: callContext(context) },
          );
          const byPerson = new Map(found.map((consents) => [consents.personId, consents]));
          return ids.map((id) => byPerson.get(id) ?? null);
        },
        { maxBatchSize: MAX_BATCH },
      ),
  );
}
