import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '../common/connection.model';
import { DateTimeScalar } from '../common/date-time.scalar';

@ObjectType()
export class Person {
  @Field(() => ID)
  id!: string;

  @Field()
  firstName!: string;

  @Field()
  lastName!: string;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'E.164, e.g. +14155550123.' })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  postalCode!: string | null;

  @Field(() => String, { nullable: true, description: 'A language tag such as en or pt-BR.' })
  preferredLanguage!: string | null;

  @Field(() => [String])
  tags!: string[];

  @Field(() => DateTimeScalar)
  createdAt!: string;

  @Field(() => DateTimeScalar)
  updatedAt!: string;

  @Field(() => DateTimeScalar, { nullable: true })
  archivedAt!: string | null;
}

@ObjectType()
export class PersonConnection extends Connection(Person, 'Person') {}
