import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../common/date-time.scalar';

@ObjectType()
export class PersonErasure {
  @Field(() => ID)
  personId!: string;

  @Field(() => DateTimeScalar)
  erasedAt!: string;

  @Field(() => String, { nullable: true })
  erasedBy!: string | null;
}
