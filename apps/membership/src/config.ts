import { loadConfig, serviceEnvSchema } from '@groundwork/service-kit';
import { z } from 'zod';

/** The membership service's environment: the shared service settings plus mail. Read here only. */
export const membershipEnvSchema = serviceEnvSchema.extend({
  /** Base of links in mail, e.g. the invitation accept link. */
  PUBLIC_URL: z.string().url('must be a URL').default('http://localhost:4000'),
  /** When set (smtp:// or smtps://), mail is sent over SMTP; otherwise it is recorded in `sent_mail`. */
  SMTP_URL: z.string().url('must be an smtp:// or smtps:// URL').optional(),
  MAIL_FROM: z.string().min(3).default('Groundwork <no-reply@groundwork.local>'),
});
export type MembershipConfig = z.infer<typeof membershipEnvSchema>;

export const MEMBERSHIP_CONFIG = Symbol('MEMBERSHIP_CONFIG');

export const membershipConfigProvider = {
  provide: MEMBERSHIP_CONFIG,
  useFactory: (): MembershipConfig => loadConfig(membershipEnvSchema),
};
