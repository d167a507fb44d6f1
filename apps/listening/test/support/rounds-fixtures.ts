import type { RoundDto } from '@groundwork/contracts';
import type { RawRpc } from '@groundwork/testing';

/** A round of `method` over `titles`, created (DRAFT) in `tenantId`; `fields` override the request. */
export function createRound(
  rpc: RawRpc,
  tenantId: string,
  fields: Record<string, unknown> = {},
  titles = ['Rent', 'Repairs', 'Heating'],
): Promise<RoundDto> {
  return rpc.ok(
    'listening.round.create',
    {
      title: 'Which issue next?',
      method: 'RANKED_CHOICE',
      options: titles.map((title) => ({ title })),
      ...fields,
    },
    { tenantId, actorId: 'user-organizer' },
  );
}

/** As {@link createRound}, then opened. */
export async function openRound(
  rpc: RawRpc,
  tenantId: string,
  fields: Record<string, unknown> = {},
  titles?: string[],
): Promise<RoundDto> {
  const round = await createRound(rpc, tenantId, fields, titles);
  return rpc.ok('listening.round.open', { id: round.id }, { tenantId });
}

/**
 * The option ids of `round` by title, for the titles the test names (`optionIds(round, 'Rent', 'Repairs')`
 * or, for the default titles, `optionIds(round)`); a title the round lacks fails at once.
 */
export function optionIds<T extends string = 'Rent' | 'Repairs' | 'Heating'>(
  round: RoundDto,
  ...titles: T[]
): Record<T, string> {
  const wanted = titles.length > 0 ? titles : (['Rent', 'Repairs', 'Heating'] as T[]);
  const ids = {} as Record<T, string>;
  for (const title of wanted) {
    const option = round.options.find((candidate) => candidate.title === title);
    if (!option) throw new Error(`round ${round.id} has no option ${title}`);
    ids[title] = option.id;
  }
  return ids;
}
