import type { Provider } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { TenantContext, UnitOfWork } from '@groundwork/service-kit';
import { MEMBERSHIP_CONFIG, type MembershipConfig } from '../config';
import { DevelopmentMailer } from './development-mailer';
import { Mailer } from './mailer';
import { SmtpMailer } from './smtp-mailer';

export const mailerProvider: Provider = {
  provide: Mailer,
  inject: [MEMBERSHIP_CONFIG, TenantContext, UnitOfWork, TransactionHost],
  useFactory: (
    config: MembershipConfig,
    context: TenantContext,
    unitOfWork: UnitOfWork,
    txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ): Mailer =>
    config.SMTP_URL ? new SmtpMailer(config.SMTP_URL, config.MAIL_FROM) : new DevelopmentMailer(context, unitOfWork, txHost),
};
