import { Field, InputType } from '@nestjs/graphql';
import { Role } from '../auth/role';

@InputType()
export class InviteUserInput {
  @Field()
  email!: string;

  @Field(() => Role)
  role!: Role;
}
