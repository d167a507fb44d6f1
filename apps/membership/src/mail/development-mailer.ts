import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { TenantContext, UnitOfWork } from '@groundwork/service-kit';
import { Mailer, type OutgoingMail } from './mailer';
import { SentMailEntity } from './sent-mail.entity';

/**
 * Sends nothing: records each message in `sent_mail` for the coalition in context, and logs that it
 * did. The log never holds the body: mail carries secret links (invitations, resets) that grant
 * access, and logs travel further than the database. Read the body from `sent_mail`.
 */
export class DevelopmentMailer extends Mailer {
  private readonly logger = new Logger('DevelopmentMailer');

  constructor(
    private readonly context: TenantContext,
    private readonly unitOfWork: UnitOfWork,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {
    super();
  }

  async send(mail: OutgoingMail): Promise<void> {
    const tenantId = this.context.tenantId();
    const id = randomUUID();
    await this.unitOfWork.run(() =>
      this.txHost.tx.getRepository(SentMailEntity).insert({
        tenantId,
        id,
        toAddress: mail.to,
        subject: mail.subject,
        body: mail.text,
        sentAt: new Date(),
      }),
    );
    this.logger.log({
      msg: 'mail recorded in membership.sent_mail (development mailer)',
      sentMailId: id,
      subject: mail.subject,
    });
  }
}
