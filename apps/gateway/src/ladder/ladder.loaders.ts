import {
  MAX_BATCH,
  type LadderLevelDto,
  type LadderRuleDto,
  type PersonLevelDto,
} from '@groundwork/contracts';
import type { RpcClient } from '@groundwork/service-kit/client';
import DataLoader from 'dataloader';
import { callContext, type GraphQLContext } from '../graphql/graphql-context';
import { requestLoader } from '../people/request-loaders';

/** People's current levels by person id, one `membership.ladder.person-level.get-many` per tick. */
export function personLevelLoader(
  rpc: RpcClient,
  context: GraphQLContext,
): DataLoader<string, PersonLevelDto | null> {
  return requestLoader(
    context,
    'personLevel',
    () =>
      new DataLoader<string, PersonLevelDto | null>(
        async (ids) => {
          const found = await rpc.request(
            'membership.ladder.person-level.get-many',
            { ids: [...ids] },
            { context: callContext(context) },
          );
          const byPerson = new Map(found.map((level) => [level.personId, level]));
          return ids.map((id) => byPerson.get(id) ?? null);
        },
        { maxBatchSize: MAX_BATCH },
      ),
  );
}

/**
 * Levels by id. A ladder has at most 30 levels, so one `membership.ladder.level.list` answers every
 * level a request names; deleted levels load as null.
 */
export function ladderLevelLoader(
  rpc: RpcClient,
  context: GraphQLContext,
): DataLoader<string, LadderLevelDto | null> {
  return requestLoader(
    context,
    'ladderLevel',
    () =>
      new DataLoader<string, LadderLevelDto | null>(async (ids) => {
        const levels = await rpc.request(
          'membership.ladder.level.list',
          {},
          { context: callContext(context) },
        );
        const byId = new Map(levels.map((level) => [level.id, level]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
  );
}

/** Ladder rules by id, from one `membership.ladder.rule.list` per tick (a coalition has a handful). */
export function ladderRuleLoader(
  rpc: RpcClient,
  context: GraphQLContext,
): DataLoader<string, LadderRuleDto | null> {
  return requestLoader(
    context,
    'ladderRule',
    () =>
      new DataLoader<string, LadderRuleDto | null>(async (ids) => {
        const rules = await rpc.request('membership.ladder.rule.list', {}, { context: callContext(context) });
        const byId = new Map(rules.map((rule) => [rule.id, rule]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
  );
}
