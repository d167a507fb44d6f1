import { Field, ID, InputType } from '@nestjs/graphql';
import { Role } from '../auth/role';

@InputType()
export class UpdateUserRoleInput {
  @Field(() => ID)
  userId!: string;

  @Field(() => Role)
  role!: Role;
}

@InputType()
export class RemoveUserInput {
  @Field(() => ID)
  userId!: string;

  @Field({
    nullable: true,
    description:
      'Keep the API tokens and pending invitations the user created (OWNER only); by default they are revoked.',
  })
  keepTheirTokens?: boolean;
}
