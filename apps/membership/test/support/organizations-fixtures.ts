import { randomUUID } from 'node:crypto';
import type {
  AffiliationDto,
  OrganizationDto,
  RelationshipDto,
  RelationshipType,
} from '@groundwork/contracts';
import type { RawRpc } from '@groundwork/testing';
import type { NatsConnection } from '@nats-io/transport-node';
import type { Member } from './accounts-fixtures';
import { readMembershipEvents, type StoredEvent } from './people-fixtures';

/** Letters only (names refuse digits), unique enough to tell records apart. */
export function uniqueWord(): string {
  return Array.from(randomUUID().replace(/-/g, '').slice(0, 8), (digit) =>
    String.fromCharCode(97 + parseInt(digit, 16)),
  ).join('');
}

/** A person of `member`'s coalition; returns its id. */
export async function createPersonId(rpc: RawRpc, member: Member, firstName = 'Ada'): Promise<string> {
  const person = await rpc.ok('membership.person.create', { firstName, lastName: uniqueWord() }, member.as);
  return person.id;
}

export function createOrganization(
  rpc: RawRpc,
  member: Member,
  fields: Record<string, unknown> = {},
): Promise<OrganizationDto> {
  return rpc.ok(
    'membership.organization.create',
    { type: 'UNION', name: `Local ${uniqueWord()}`, ...fields },
    member.as,
  );
}

export function affiliate(
  rpc: RawRpc,
  member: Member,
  organizationId: string,
  personId: string,
  fields: Record<string, unknown> = {},
): Promise<AffiliationDto> {
  return rpc.ok('membership.affiliation.add', { organizationId, personId, ...fields }, member.as);
}

export function relate(
  rpc: RawRpc,
  member: Member,
  type: RelationshipType,
  fromPersonId: string,
  toPersonId: string,
): Promise<RelationshipDto> {
  return rpc.ok('membership.relationship.create', { type, fromPersonId, toPersonId }, member.as);
}

/** A coalition's events whose type starts with one of `prefixes`, in stream order. */
export async function eventsOf(
  nats: NatsConnection,
  tenantId: string,
  prefixes: string[],
): Promise<StoredEvent[]> {
  return (await readMembershipEvents(nats)).filter(
    (event) =>
      event.envelope.tenantId === tenantId &&
      prefixes.some((prefix) => event.envelope.type.startsWith(`membership.${prefix}`)),
  );
}
