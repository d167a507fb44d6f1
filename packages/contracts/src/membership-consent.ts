import { z } from 'zod';
import { event } from './envelope';
import { idBatch, isoDateTime, pageOf, pageRequest, plainText, uuid } from './fields';
import { MEMBERSHIP } from './membership-service';
import { rpc } from './rpc';

export const ConsentChannel = z.enum(['EMAIL', 'SMS', 'PHONE', 'MAIL']);
export type ConsentChannel = z.infer<typeof ConsentChannel>;

export const ConsentStatus = z.enum(['GRANTED', 'WITHDRAWN']);
export type ConsentStatus = z.infer<typeof ConsentStatus>;

export const ConsentRecordDto = z.object({
  id: uuid(),
  personId: uuid(),
  channel: ConsentChannel,
  status: ConsentStatus,
  /** Where the consent was given or withdrawn: a form, a call, an import… */
  source: z.string(),
  /** The text the person saw or heard when they answered. */
  wording: z.string(),
  recordedAt: isoDateTime(),
  recordedBy: uuid().nullable(),
});
export type ConsentRecordDto = z.infer<typeof ConsentRecordDto>;

/** A person's current consent: the latest record for each channel that has one. No record, no consent. */
export const PersonConsentsDto = z.object({ personId: uuid(), current: z.array(ConsentRecordDto) });
export type PersonConsentsDto = z.infer<typeof PersonConsentsDto>;

/** Wording shown to a person can run to paragraphs: newlines allowed, other control characters not. */
const wording = () =>
  z
    .string()
    .trim()
    .max(5000, 'must be at most 5000 characters')
    .regex(/^(?:[^\p{Cc}\p{Cf}]|[\n\r\t])*$/u, 'must not contain control characters other than newlines');

export const consentRpc = {
  'membership.consent.record': rpc({
    tenant: true,
    request: z.object({
      personId: uuid(),
      channel: ConsentChannel,
      status: ConsentStatus,
      source: plainText(200),
      wording: wording(),
      /** When the person answered, if not now (e.g. a paper form entered later); never in the future. */
      recordedAt: isoDateTime()
        .refine((value) => Date.parse(value) <= Date.now() + 60_000, 'must not be in the future')
        .optional(),
    }),
    reply: ConsentRecordDto,
  }),
  'membership.consent.current.get-many': rpc({
    tenant: true,
    request: idBatch(),
    reply: z.array(PersonConsentsDto),
  }),
  'membership.consent.history.list': rpc({
    tenant: true,
    request: z.object({ personId: uuid(), channel: ConsentChannel.optional(), ...pageRequest }),
    reply: pageOf(ConsentRecordDto),
  }),
} as const;

export const consentEvents = {
  consentRecorded: event(
    MEMBERSHIP,
    'consent.recorded',
    1,
    z.object({
      recordId: uuid(),
      personId: uuid(),
      channel: ConsentChannel,
      status: ConsentStatus,
      recordedAt: isoDateTime(),
    }),
  ),
} as const;
