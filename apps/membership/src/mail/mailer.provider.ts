import { Logger, type Provider } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { TenantContext, UnitOfWork } from '@groundwork/service-kit';
import { MEMBERSHIP_CONFIG, type MembershipConfig } from '../config';
import { DevelopmentMailer } from './development-mailer';
import { Mailer } from './mailer';
import { SmtpMailer } from './smtp-mailer';

export const DEVELOPMENT_MAILER_IN_PRODUCTION =
  'NODE_ENV=production but SMTP_URL is not set: NO MAIL IS SENT. Invitations are only recorded in membership.sent_mail. Set SMTP_URL to send mail.';

export const mailerProvider: Provider = {
  provide: Mailer,
  inject: [MEMBERSHIP_CONFIG, TenantContext, UnitOfWork, TransactionHost],
  useFactory: (
    config: MembershipConfig,
    context: TenantContext,
    unitOfWork: UnitOfWork,
    txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ): Mailer => {
    if (config.SMTP_URL) return new SmtpMailer(config.SMTP_URL, config.MAIL_FROM);
    // `npm start` and the benchmark run in production mode on one machine without SMTP, so this
    // warns rather than refuses; a real deployment must not miss it.
    if (config.NODE_ENV === 'production') new Logger('Mailer').warn(DEVELOPMENT_MAILER_IN_PRODUCTION);
    return new DevelopmentMailer(context, unitOfWork, txHost);
  },
};
