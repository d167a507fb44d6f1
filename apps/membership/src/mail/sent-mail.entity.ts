import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A message the development mailer recorded instead of sending. */
@Entity({ name: 'sent_mail' })
export class SentMailEntity {
  @PrimaryColumn({ type: 'uuid', name: 'tenant_id' })
  tenantId!: string;

  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'text', name: 'to_address' })
  toAddress!: string;

  @Column('text')
  subject!: string;

  @Column('text')
  body!: string;

  @Column({ type: 'timestamptz', name: 'sent_at', default: () => 'now()' })
  sentAt!: Date;
}
