import { MAX_BATCH, type TagDto, type TagGroupDto } from '@groundwork/contracts';
import type { RpcClient } from '@groundwork/service-kit/client';
import DataLoader from 'dataloader';
import { callContext, type GraphQLContext } from '../graphql/graphql-context';
import { requestLoader } from '../people/request-loaders';

/** The catalogue's tags by group id, from one `membership.tag.list-by-groups` however many groups a page shows. */
export function tagsByGroupLoader(rpc: RpcClient, context: GraphQLContext): DataLoader<string, TagDto[]> {
  return requestLoader(
    context,
    'tagsByGroup',
    () =>
      new DataLoader<string, TagDto[]>(
        async (groupIds) => {
          const tags = await rpc.request(
            'membership.tag.list-by-groups',
            { ids: [...groupIds] },
            { context: callContext(context) },
          );
          return groupIds.map((groupId) => tags.filter((tag) => tag.groupId === groupId));
        },
        { maxBatchSize: MAX_BATCH },
      ),
  );
}

/** People per tag id, from one `membership.tag.counts` per tick; tags nobody carries count 0. */
export function tagPeopleCountLoader(rpc: RpcClient, context: GraphQLContext): DataLoader<string, number> {
  return requestLoader(
    context,
    'tagPeopleCount',
    () =>
      new DataLoader<string, number>(async (tagIds) => {
        const counts = await rpc.request('membership.tag.counts', {}, { context: callContext(context) });
        const byTag = new Map(counts.map((count) => [count.tagId, count.peopleCount]));
        return tagIds.map((tagId) => byTag.get(tagId) ?? 0);
      }),
  );
}

/** Tag groups by id, from one `membership.tag-group.list` per tick. */
export function tagGroupLoader(
  rpc: RpcClient,
  context: GraphQLContext,
): DataLoader<string, TagGroupDto | null> {
  return requestLoader(
    context,
    'tagGroup',
    () =>
      new DataLoader<string, TagGroupDto | null>(async (ids) => {
        const groups = await rpc.request('membership.tag-group.list', {}, { context: callContext(context) });
        const byId = new Map(groups.map((group) => [group.id, group]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
  );
}
