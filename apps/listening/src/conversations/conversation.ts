import type { ConversationKind } from '@groundwork/contracts';

/** A conversation of the tenant in context: who took part, where and when, and what was noted. */
export interface Conversation {
  id: string;
  kind: ConversationKind;
  campaignId: string | null;
  heldAt: Date;
  durationMinutes: number | null;
  place: string | null;
  area: string | null;
  language: string | null;
  listenerId: string | null;
  participantIds: string[];
  headCount: number;
  notes: string | null;
  oneOnOneId: string | null;
  recordedBy: string | null;
  concernCount: number;
  createdAt: Date;
}
