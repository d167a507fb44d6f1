import type { RoundDto } from '@groundwork/contracts';
import type { RawRpc } from '@groundwork/testing';

/** A round of `method` over `titles`, created (DRAFT) in `tenantId`; `fields` override the request. */
export function createRound(
  rpc: RawRpc,
  tenantId: string,
  fields: Record<string, unknown> = {},
  titles = ['Rent', 'Repairs', 'Heating'],
): Promise<RoundDto> {
  return rpc.ok<RoundDto>(
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
  return rpc.ok<RoundDto>('listening.round.open', { id: round.id }, { tenantId });
}

/** The option ids of `round` by title. */
export function optionIds(round: RoundDto): Record<string, string> {
  return Object.fromEntries(round.options.map((option) => [option.title, option.id]));
}
