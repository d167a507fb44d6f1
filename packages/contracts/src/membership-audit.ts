import { z } from 'zod';
import { event } from './envelope';
import { isoDateTime, pageOf, pageRequest, uuid } from './fields';
import { ApiTokenScope, Role } from './membership-roles';
import { MEMBERSHIP } from './membership-service';
import { rpc } from './rpc';

// ---- events of account changes ---------------------------------------------------------------------
// Changes to who may do what in a coalition; the audit log records them like every other event.

export const accountEvents = {
  userRoleChanged: event(
    MEMBERSHIP,
    'user.role-changed',
    1,
    z.object({ userId: uuid(), from: Role, to: Role }),
  ),
  userRemoved: event(MEMBERSHIP, 'user.removed', 1, z.object({ userId: uuid(), role: Role })),
  invitationCreated: event(
    MEMBERSHIP,
    'invitation.created',
    1,
    z.object({ invitationId: uuid(), role: Role }),
  ),
  invitationAccepted: event(
    MEMBERSHIP,
    'invitation.accepted',
    1,
    z.object({ invitationId: uuid(), userId: uuid(), role: Role }),
  ),
  apiTokenCreated: event(
    MEMBERSHIP,
    'api-token.created',
    1,
    z.object({ apiTokenId: uuid(), scopes: z.array(ApiTokenScope) }),
  ),
  apiTokenRevoked: event(MEMBERSHIP, 'api-token.revoked', 1, z.object({ apiTokenId: uuid() })),
  /** A session ended before it expired: logout, or a refresh token replayed. */
  sessionEnded: event(MEMBERSHIP, 'session.ended', 1, z.object({ sessionId: uuid(), userId: uuid() })),
} as const;

// ---- the audit log ------------------------------------------------------------------------------------

export const AuditActorType = z.enum(['USER', 'API_TOKEN', 'SYSTEM']);
export type AuditActorType = z.infer<typeof AuditActorType>;

/** What an audit entry links to in the admin. */
export const AuditRecordType = z.enum(['PERSON', 'ORGANIZATION', 'SEGMENT', 'IMPORT', 'API_TOKEN', 'USER']);
export type AuditRecordType = z.infer<typeof AuditRecordType>;

export const AuditRecord = z.object({ type: AuditRecordType, id: uuid() });
export type AuditRecord = z.infer<typeof AuditRecord>;

/** One change in membership: every event membership emits, as it was written. */
export const AuditEntryDto = z.object({
  id: uuid(),
  /** The event type, e.g. `membership.person.updated`. */
  action: z.string(),
  occurredAt: isoDateTime(),
  actorType: AuditActorType.nullable(),
  actorId: z.string().nullable(),
  /** The person the change is about, when it is about one. */
  personId: uuid().nullable(),
  correlationId: z.string(),
  /** The event's facts: ids, changed field names, levels… never personal data. */
  details: z.record(z.string(), z.unknown()),
  /** The change in words, with today's names: "Dana moved Zoë Martin to Leader: hosted two house meetings". */
  summary: z.string(),
  /** The user's name, or the API token's as `API token “name”`; null for the system. */
  actorName: z.string().nullable(),
  /** The record to open for this change, while it exists. */
  record: AuditRecord.nullable(),
});
export type AuditEntryDto = z.infer<typeof AuditEntryDto>;

export const auditRpc = {
  'membership.audit.list': rpc({
    tenant: true,
    request: z
      .object({
        ...pageRequest,
        personId: uuid().optional(),
        actorId: z.string().trim().min(1).max(100, 'must be at most 100 characters').optional(),
        /** A prefix of the action, e.g. `membership.person.` for every change to people. */
        action: z
          .string()
          .trim()
          .max(100, 'must be at most 100 characters')
          .regex(/^[a-z0-9.-]*$/, 'may only hold lowercase letters, digits, dots and dashes')
          .optional(),
        from: isoDateTime().optional(),
        to: isoDateTime().optional(),
      })
      .refine((request) => !request.from || !request.to || request.from <= request.to, {
        message: 'must not be after `to`',
        path: ['from'],
      }),
    reply: pageOf(AuditEntryDto),
  }),
} as const;
