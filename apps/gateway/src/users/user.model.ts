import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../auth/role';
import { Connection } from '../common/connection.model';
import { DateTimeScalar } from '../common/date-time.scalar';

/** A person's account, independent of any coalition. */
@ObjectType()
export class User {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  email!: string;
}

/** A user as a member of the current coalition. */
@ObjectType()
export class CoalitionUser {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  email!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => DateTimeScalar)
  joinedAt!: string;
}

@ObjectType()
export class CoalitionUserConnection extends Connection(CoalitionUser, 'CoalitionUser') {}
