import { Field, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../common/date-time.scalar';
import { Coalition } from '../users/coalition.model';
import { User } from '../users/user.model';
import { Role } from './role';

@ObjectType()
export class AuthPayload {
  @Field({ description: 'A JWT for `Authorization: Bearer`; valid for 15 minutes.' })
  accessToken!: string;

  @Field(() => DateTimeScalar)
  accessTokenExpiresAt!: string;

  @Field({ description: 'Exchange it with `refreshSession` for new tokens; it works once.' })
  refreshToken!: string;

  @Field(() => User)
  user!: User;

  @Field(() => Coalition)
  coalition!: Coalition;

  @Field(() => Role)
  role!: Role;
}

/** The caller; `user` is null for API tokens. */
@ObjectType()
export class Viewer {
  @Field(() => User, { nullable: true })
  user!: User | null;

  @Field(() => Coalition)
  coalition!: Coalition;

  @Field(() => Role)
  role!: Role;
}
