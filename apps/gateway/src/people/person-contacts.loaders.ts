import { MAX_BATCH, type PersonContactsDto } from '@groundwork/contracts';
import type { RpcClient } from '@groundwork/service-kit/client';
import DataLoader from 'dataloader';
import { callContext, type GraphQLContext } from '../graphql/graphql-context';
import { requestLoader } from './request-loaders';

export type PersonContactsLoader = DataLoader<string, PersonContactsDto | null>;

/** Every email and phone of people by id, one `membership.person.contacts.get-many` per tick. */
export function personContactsLoader(rpc: RpcClient, context: GraphQLContext): PersonContactsLoader {
  return requestLoader(
    context,
    'personContacts',
    () =>
      new DataLoader<string, PersonContactsDto | null>(
        async (ids) => {
          const found = await rpc.request(
            'membership.person.contacts.get-many',
            { ids: [...ids] },
            { context: callContext(context) },
          );
          const byId = new Map(found.map((contacts) => [contacts.personId, contacts]));
          return ids.map((id) => byId.get(id) ?? null);
        },
        { maxBatchSize: MAX_BATCH },
      ),
  );
}
