import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { TenantContext, UnitOfWork } from '@groundwork/service-kit';
import { Mailer, type OutgoingMail } from './mailer';
import { SentMailEntity } from './sent-mail.entity';

/** Sends nothing: logs each message and records it in `sent_mail` for the coalition in context. */
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
    await this.unitOfWork.run(() =>
      this.txHost.tx.getRepository(SentMailEntity).insert({
        tenantId,
        id: randomUUID(),
        toAddress: mail.to,
        subject: mail.subject,
        body: mail.text,
        sentAt: new Date(),
      }),
    );
    this.logger.log({ msg: 'mail recorded (development mailer)', to: mail.to, subject: mail.subject, text: mail.text });
  }
}
