import { z } from 'zod';
import { event } from './envelope';
import { idBatch, isoDateTime, languageTag, pageOf, pageRequest, plainText, uuid } from './fields';
import { LISTENING } from './listening-service';
import { longText } from './membership-organizations';
import { rpc } from './rpc';

// Conversations (issue 9, section 2) and the concerns heard in them (section 4).

export const ConversationKind = z.enum([
  'ONE_ON_ONE',
  'HOUSE_MEETING',
  'DOOR_KNOCK',
  'PHONE_CALL',
  'SURVEY_RESPONSE',
  'FOCUS_GROUP',
  'PUBLIC_FORUM',
  'INTERVIEW',
]);
export type ConversationKind = z.infer<typeof ConversationKind>;

/** People named in one conversation; a forum of hundreds is recorded with a head count instead. */
export const MAX_CONVERSATION_PARTICIPANTS = 500;
/** Concerns entered in one request (with a conversation or added to one). */
export const MAX_CONCERNS_PER_REQUEST = 200;
export const MAX_HEAD_COUNT = 100_000;
const MINUTES_PER_DAY = 1440;

export const ConversationDto = z.object({
  id: uuid(),
  kind: ConversationKind,
  campaignId: uuid().nullable(),
  heldAt: isoDateTime(),
  durationMinutes: z.number().int().nullable(),
  place: z.string().nullable(),
  area: z.string().nullable(),
  language: z.string().nullable(),
  /** The host or listener: a person of the coalition. */
  listenerId: uuid().nullable(),
  /** People of the coalition who took part, in the order given. */
  participantIds: z.array(uuid()),
  /** People present who were not recorded by name. */
  headCount: z.number().int(),
  notes: z.string().nullable(),
  /** The membership one-on-one this conversation came from, when it came from one. */
  oneOnOneId: uuid().nullable(),
  /** The user who recorded it (for a one-on-one, its organizer). */
  recordedBy: z.string().nullable(),
  concernCount: z.number().int(),
  createdAt: isoDateTime(),
});
export type ConversationDto = z.infer<typeof ConversationDto>;

export const ConcernDto = z.object({
  id: uuid(),
  conversationId: uuid(),
  /** The words heard, or a summary of them. */
  text: z.string(),
  /** A person of the coalition; null when the speaker is anonymous. */
  speakerId: uuid().nullable(),
  /** The speaker's member organizations (open affiliations) when the concern was recorded, kept as they were. */
  speakerOrganizationIds: z.array(uuid()),
  /** How deeply felt, 1 (mildly) to 5 (deeply); null when not judged. */
  depth: z.number().int().nullable(),
  /** The speaker agreed to be quoted. */
  quotable: z.boolean(),
  createdAt: isoDateTime(),
});
export type ConcernDto = z.infer<typeof ConcernDto>;

// ---- requests ------------------------------------------------------------------------------------

export const ConcernInput = z.object({
  text: longText(4000),
  /** Must be one of the conversation's participants; left out for an anonymous speaker. */
  speakerId: uuid().nullable().optional(),
  depth: z
    .number()
    .int('must be a whole number from 1 to 5')
    .min(1, 'must be from 1 to 5')
    .max(5, 'must be from 1 to 5')
    .nullable()
    .optional(),
  quotable: z.boolean().default(false),
});
export type ConcernInput = z.infer<typeof ConcernInput>;

const concernList = (min: number) =>
  z
    .array(ConcernInput)
    .min(min, 'must have at least one concern')
    .max(MAX_CONCERNS_PER_REQUEST, `must have at most ${MAX_CONCERNS_PER_REQUEST} concerns`);

const recordConversationRequest = z
  .object({
    kind: ConversationKind,
    campaignId: uuid().nullable().optional(),
    heldAt: isoDateTime().refine(
      (value) => Date.parse(value) <= Date.now() + 86_400_000,
      'must not be more than a day in the future',
    ),
    durationMinutes: z
      .number()
      .int('must be a whole number of minutes')
      .min(1, 'must be at least 1')
      .max(MINUTES_PER_DAY, `must be at most ${MINUTES_PER_DAY}`)
      .nullable()
      .optional(),
    place: plainText(200).nullable().optional(),
    area: plainText(100).nullable().optional(),
    language: languageTag().nullable().optional(),
    listenerId: uuid().nullable().optional(),
    participantIds: z
      .array(uuid())
      .max(MAX_CONVERSATION_PARTICIPANTS, `must have at most ${MAX_CONVERSATION_PARTICIPANTS} people`)
      .default([]),
    headCount: z
      .number()
      .int('must be a whole number')
      .min(0, 'must not be negative')
      .max(MAX_HEAD_COUNT, `must be at most ${MAX_HEAD_COUNT}`)
      .default(0),
    notes: longText(10_000).nullable().optional(),
    concerns: concernList(0).default([]),
  })
  .superRefine((conversation, context) => {
    const seen = new Set<string>();
    conversation.participantIds.forEach((id, index) => {
      if (seen.has(id)) {
        context.addIssue({ code: 'custom', path: ['participantIds', index], message: 'is named twice' });
      }
      seen.add(id);
    });
    if (conversation.participantIds.length + conversation.headCount === 0) {
      context.addIssue({
        code: 'custom',
        path: ['participantIds'],
        message: 'must name someone, or give a head count of the people who took part',
      });
    }
    conversation.concerns.forEach((concern, index) => {
      if (concern.speakerId && !seen.has(concern.speakerId)) {
        context.addIssue({
          code: 'custom',
          path: ['concerns', index, 'speakerId'],
          message: 'must be one of the participants',
        });
      }
    });
  });
export type RecordConversationRequest = z.output<typeof recordConversationRequest>;

export const conversationsRpc = {
  /** A conversation with the concerns heard in it, in one request (a house meeting is entered at once). */
  'listening.conversation.record': rpc({
    tenant: true,
    request: recordConversationRequest,
    reply: z.object({ conversation: ConversationDto, concerns: z.array(ConcernDto) }),
  }),
  'listening.conversation.get': rpc({
    tenant: true,
    request: z.object({ id: uuid() }),
    reply: ConversationDto,
  }),
  /** For DataLoaders: in the order asked, unknown ids left out. */
  'listening.conversation.get-many': rpc({
    tenant: true,
    request: idBatch(),
    reply: z.array(ConversationDto),
  }),
  /** Latest held first; every filter optional. */
  'listening.conversation.list': rpc({
    tenant: true,
    request: z.object({ ...pageRequest, campaignId: uuid().optional(), kind: ConversationKind.optional() }),
    reply: pageOf(ConversationDto),
  }),
  /** More concerns heard in a conversation already recorded; speakers must be among its participants. */
  'listening.concern.add': rpc({
    tenant: true,
    request: z.object({ conversationId: uuid(), concerns: concernList(1) }),
    reply: z.array(ConcernDto),
  }),
  'listening.concern.get-many': rpc({ tenant: true, request: idBatch(), reply: z.array(ConcernDto) }),
  /** A conversation's concerns in the order heard, or the coalition's concerns newest first; `uncoded`: nobody coded them yet. */
  'listening.concern.list': rpc({
    tenant: true,
    request: z.object({
      ...pageRequest,
      conversationId: uuid().optional(),
      themeId: uuid().optional(),
      uncoded: z.boolean().optional(),
    }),
    reply: pageOf(ConcernDto),
  }),
} as const;

// ---- events --------------------------------------------------------------------------------------

export const conversationEvents = {
  conversationRecorded: event(
    LISTENING,
    'conversation.recorded',
    1,
    z.object({
      conversationId: uuid(),
      kind: ConversationKind,
      campaignId: uuid().nullable(),
      heldAt: isoDateTime(),
      participantIds: z.array(uuid()),
      headCount: z.number().int(),
      concerns: z.number().int(),
    }),
  ),
} as const;
