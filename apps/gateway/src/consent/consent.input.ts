import { Field, ID, InputType } from '@nestjs/graphql';
import { DateTimeScalar } from '../common/date-time.scalar';
import { ConsentChannel, ConsentStatus } from './consent.model';

@InputType()
export class RecordConsentInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => ConsentChannel)
  channel!: ConsentChannel;

  @Field(() => ConsentStatus)
  status!: ConsentStatus;

  @Field({ description: 'Where the answer was given: a form, a call, an import…' })
  source!: string;

  @Field({ description: 'The text the person saw or heard; may be empty for a withdrawal.' })
  wording!: string;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the person answered, if not now; never in the future.',
  })
  recordedAt?: string | null;
}
