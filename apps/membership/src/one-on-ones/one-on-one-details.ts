import type { MembershipRpc, RpcParsedRequest } from '@groundwork/contracts';
import type { OneOnOneDetails } from './one-on-one.entity';

export type RecordOneOnOneInput = RpcParsedRequest<MembershipRpc['membership.one-on-one.record']>;
export type UpdateOneOnOneInput = RpcParsedRequest<MembershipRpc['membership.one-on-one.update']>;

const OPTIONAL_FIELDS = [
  'durationMinutes',
  'place',
  'selfInterest',
  'concerns',
  'commitmentAsked',
  'commitmentMade',
  'nextStep',
  'nextStepDueOn',
  'relationshipStrength',
] as const;

export function detailsForRecord(input: RecordOneOnOneInput, organizerId: string): OneOnOneDetails {
  const optional = Object.fromEntries(OPTIONAL_FIELDS.map((field) => [field, input[field] ?? null]));
  return {
    ...(optional as Omit<OneOnOneDetails, 'organizerId' | 'personId' | 'heldOn'>),
    organizerId,
    personId: input.personId,
    heldOn: input.heldOn,
  };
}

/** Only the fields the request names; `null` clears an optional field. */
export function changesForUpdate({ id: _id, ...input }: UpdateOneOnOneInput): Partial<OneOnOneDetails> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
}
