import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '../common/connection.model';
import { Role } from '../auth/role';
import { DateTimeScalar } from '../common/date-time.scalar';

/** `invitedBy` is resolved by `InvitationsResolver`. */
@ObjectType()
export class Invitation {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => DateTimeScalar)
  createdAt!: string;

  @Field(() => DateTimeScalar)
  expiresAt!: string;

  @Field(() => DateTimeScalar, { nullable: true })
  acceptedAt!: string | null;
}

@ObjectType()
export class InvitationConnection extends Connection(Invitation, 'Invitation') {}
