import { randomUUID } from 'node:crypto';
import type { RawRequest, RawRpc } from '@groundwork/testing';
import type { MembershipStandIn } from './membership-stand-in';

/** `count` people of the coalition, declared to the membership stand-in. */
export function peopleOf(membership: MembershipStandIn, tenantId: string, count: number): string[] {
  return Array.from({ length: count }, () => {
    const id = randomUUID();
    membership.addPerson(tenantId, id);
    return id;
  });
}

/** A house meeting of `participantIds` in which each text is a concern of the next participant in turn. */
export function recordHouseMeeting(
  rpc: RawRpc,
  tenantId: string,
  participantIds: string[],
  texts: string[],
  fields: Partial<RawRequest<'listening.conversation.record'>> = {},
) {
  return rpc.ok(
    'listening.conversation.record',
    {
      kind: 'HOUSE_MEETING',
      heldAt: '2026-11-20T18:30:00.000Z',
      place: 'Community room, 12 Elm St',
      area: 'Eastside',
      language: 'en',
      participantIds,
      concerns: texts.map((text, index) => ({
        text,
        speakerId: participantIds[index % participantIds.length],
        depth: (index % 5) + 1,
        quotable: index % 2 === 0,
      })),
      ...fields,
    },
    { tenantId, actorId: randomUUID() },
  );
}
