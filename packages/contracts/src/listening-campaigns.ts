import { z } from 'zod';
import { idBatch, isoDateTime, pageOf, pageRequest, plainText, uuid } from './fields';
import { isoDate, longText, notBefore } from './membership-organizations';
import { rpc } from './rpc';

// Listening campaigns (issue 9, section 1).

export const CampaignStatus = z.enum(['PLANNED', 'ACTIVE', 'CLOSED']);
export type CampaignStatus = z.infer<typeof CampaignStatus>;

export const MAX_CAMPAIGN_LISTENERS = 200;
export const MAX_CAMPAIGN_PROMPTS = 50;

export const CampaignGoalsDto = z.object({
  /** Conversations to hold in the whole campaign. */
  total: z.number().int().nullable(),
  /** Conversations each listener is to hold. */
  perListener: z.number().int().nullable(),
  /** Conversations to hold in which someone of each member organization spoke. */
  perOrganization: z.number().int().nullable(),
  /** Conversations to hold in each area. */
  perArea: z.number().int().nullable(),
});
export type CampaignGoalsDto = z.infer<typeof CampaignGoalsDto>;

export const CampaignDto = z.object({
  id: uuid(),
  name: z.string(),
  purpose: z.string().nullable(),
  /** The questions or prompts listeners use, in order. */
  prompts: z.array(z.string()),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  status: CampaignStatus,
  /** A saved segment of membership; null: everyone. */
  audienceSegmentId: uuid().nullable(),
  /** People of the coalition (organizers and leaders) who listen. */
  listenerIds: z.array(uuid()),
  goals: CampaignGoalsDto,
  createdAt: isoDateTime(),
});
export type CampaignDto = z.infer<typeof CampaignDto>;

const progress = { goal: z.number().int().nullable(), held: z.number().int() };

export const CampaignProgressDto = z.object({
  campaignId: uuid(),
  total: z.object(progress),
  /** Every listener of the campaign, and anyone else who held one of its conversations. */
  listeners: z.array(z.object({ listenerId: uuid(), ...progress })),
  /** Organizations whose people spoke in the campaign's conversations, most heard first. */
  organizations: z.array(z.object({ organizationId: uuid(), ...progress })),
  /** Areas of the campaign's conversations (null: not recorded), most first. */
  areas: z.array(z.object({ area: z.string().nullable(), ...progress })),
});
export type CampaignProgressDto = z.infer<typeof CampaignProgressDto>;

const goal = () =>
  z
    .number()
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(1_000_000, 'must be at most 1000000')
    .nullable()
    .optional();

const goalsInput = z.object({
  total: goal(),
  perListener: goal(),
  perOrganization: goal(),
  perArea: goal(),
});

const listenerIds = () =>
  z
    .array(uuid())
    .max(MAX_CAMPAIGN_LISTENERS, `must have at most ${MAX_CAMPAIGN_LISTENERS} listeners`)
    .superRefine((ids, context) => {
      const seen = new Set<string>();
      ids.forEach((id, index) => {
        if (seen.has(id)) context.addIssue({ code: 'custom', path: [index], message: 'is named twice' });
        seen.add(id);
      });
    });

const campaignFields = {
  name: plainText(200),
  purpose: longText(4000).nullable().optional(),
  prompts: z
    .array(longText(1000))
    .max(MAX_CAMPAIGN_PROMPTS, `must have at most ${MAX_CAMPAIGN_PROMPTS} prompts`)
    .optional(),
  startsOn: isoDate().nullable().optional(),
  endsOn: isoDate().nullable().optional(),
  audienceSegmentId: uuid().nullable().optional(),
  listenerIds: listenerIds().optional(),
  goals: goalsInput.optional(),
};

const endsNotBeforeStart = {
  check: (value: { startsOn?: string | null; endsOn?: string | null }) =>
    notBefore(value.startsOn, value.endsOn),
  params: { message: 'must not be before startsOn', path: ['endsOn'] },
};

export const campaignsRpc = {
  'listening.campaign.create': rpc({
    tenant: true,
    request: z.object(campaignFields).refine(endsNotBeforeStart.check, endsNotBeforeStart.params),
    reply: CampaignDto,
  }),
  /**
   * Fields left out stay as they are; `null` clears an optional one. Status moves forward only:
   * PLANNED → ACTIVE → CLOSED (or PLANNED → CLOSED).
   */
  'listening.campaign.update': rpc({
    tenant: true,
    request: z
      .object({
        id: uuid(),
        ...campaignFields,
        name: plainText(200).optional(),
        status: CampaignStatus.optional(),
      })
      .refine(endsNotBeforeStart.check, endsNotBeforeStart.params),
    reply: CampaignDto,
  }),
  'listening.campaign.get': rpc({ tenant: true, request: z.object({ id: uuid() }), reply: CampaignDto }),
  'listening.campaign.get-many': rpc({ tenant: true, request: idBatch(), reply: z.array(CampaignDto) }),
  /** Newest first. */
  'listening.campaign.list': rpc({
    tenant: true,
    request: z.object({ ...pageRequest, status: CampaignStatus.optional() }),
    reply: pageOf(CampaignDto),
  }),
  /** Conversations held against each goal, counted now. */
  'listening.campaign.progress': rpc({
    tenant: true,
    request: z.object({ campaignId: uuid() }),
    reply: CampaignProgressDto,
  }),
} as const;
