import type { MembershipRpc, RpcParsedRequest } from '@groundwork/contracts';
import type { OrganizationDetails } from './organization.entity';
import { OrganizationErrors } from './organization.errors';

export type CreateOrganizationInput = RpcParsedRequest<MembershipRpc['membership.organization.create']>;
export type UpdateOrganizationInput = RpcParsedRequest<MembershipRpc['membership.organization.update']>;

/** Today in UTC as `YYYY-MM-DD`. */
export const todayUtc = (now: Date) => now.toISOString().slice(0, 10);

export function detailsForCreate(input: CreateOrganizationInput): OrganizationDetails {
  return {
    type: input.type,
    name: input.name,
    sector: input.sector ?? null,
    area: input.area ?? null,
    membershipStatus: input.membershipStatus ?? 'PROSPECT',
    joinedOn: input.joinedOn ?? null,
    leftOn: input.leftOn ?? null,
    dues: input.dues ? { ...input.dues, paidUntil: input.dues.paidUntil ?? null } : null,
    contactPersonIds: input.contactPersonIds ?? [],
  };
}

/** Only the fields the request names; `null` clears an optional field. */
export function changesForUpdate({
  id: _id,
  ...input
}: UpdateOrganizationInput): Partial<OrganizationDetails> {
  const changes: Partial<OrganizationDetails> = {};
  if (input.type !== undefined) changes.type = input.type;
  if (input.name !== undefined) changes.name = input.name;
  if (input.sector !== undefined) changes.sector = input.sector;
  if (input.area !== undefined) changes.area = input.area;
  if (input.membershipStatus !== undefined) changes.membershipStatus = input.membershipStatus;
  if (input.joinedOn !== undefined) changes.joinedOn = input.joinedOn;
  if (input.leftOn !== undefined) changes.leftOn = input.leftOn;
  if (input.dues !== undefined) {
    changes.dues = input.dues === null ? null : { ...input.dues, paidUntil: input.dues.paidUntil ?? null };
  }
  if (input.contactPersonIds !== undefined) changes.contactPersonIds = input.contactPersonIds;
  return changes;
}

/**
 * Becoming a MEMBER without a joined date records today as the joined date; becoming FORMER without
 * a left date records today as the left date. Dates given in the same request win. Then the dates
 * must be in order.
 */
export function withStatusDates(
  previous: OrganizationDetails | null,
  next: OrganizationDetails,
  today: string,
): OrganizationDetails {
  const becomes = (status: OrganizationDetails['membershipStatus']) =>
    next.membershipStatus === status && previous?.membershipStatus !== status;
  const dated = { ...next };
  if (becomes('MEMBER') && dated.joinedOn === null) dated.joinedOn = today;
  if (becomes('FORMER') && dated.leftOn === null) dated.leftOn = today;
  if (dated.joinedOn !== null && dated.leftOn !== null && dated.leftOn < dated.joinedOn) {
    throw OrganizationErrors.leftBeforeJoined();
  }
  return dated;
}
