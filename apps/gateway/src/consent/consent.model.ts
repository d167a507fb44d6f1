import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ConsentChannel as ConsentChannelSchema,
  ConsentStatus as ConsentStatusSchema,
} from '@groundwork/contracts';
import { Connection } from '../common/connection.model';
import { DateTimeScalar } from '../common/date-time.scalar';

export const ConsentChannel = ConsentChannelSchema.enum;
export type ConsentChannel = ConsentChannelSchema;
registerEnumType(ConsentChannel, { name: 'ConsentChannel' });

export const ConsentStatus = ConsentStatusSchema.enum;
export type ConsentStatus = ConsentStatusSchema;
registerEnumType(ConsentStatus, { name: 'ConsentStatus' });

/** One answer a person gave about one channel; records are never changed or removed. */
@ObjectType()
export class ConsentRecord {
  @Field(() => ID)
  id!: string;

  @Field(() => ConsentChannel)
  channel!: ConsentChannel;

  @Field(() => ConsentStatus)
  status!: ConsentStatus;

  @Field({ description: 'Where the answer was given: a form, a call, an import…' })
  source!: string;

  @Field({ description: 'The text the person saw or heard when they answered.' })
  wording!: string;

  @Field(() => DateTimeScalar, { description: 'When the person answered.' })
  recordedAt!: string;
}

@ObjectType()
export class ConsentRecordConnection extends Connection(ConsentRecord, 'ConsentRecord') {}

/** A person's consent on one channel now: the latest record, or none (no record, no consent). */
@ObjectType()
export class ChannelConsent {
  @Field(() => ConsentChannel)
  channel!: ConsentChannel;

  @Field({ description: 'True only when the latest record grants consent.' })
  granted!: boolean;

  @Field(() => ConsentRecord, { nullable: true })
  latest!: ConsentRecord | null;
}
