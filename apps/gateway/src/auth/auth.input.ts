import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class SignUpInput {
  @Field()
  coalitionName!: string;

  @Field()
  name!: string;

  @Field()
  email!: string;

  @Field()
  password!: string;
}

@InputType()
export class LoginInput {
  @Field()
  email!: string;

  @Field()
  password!: string;

  @Field()
  coalitionSlug!: string;
}

@InputType()
export class RefreshSessionInput {
  @Field()
  refreshToken!: string;
}

@InputType()
export class AcceptInvitationInput {
  @Field()
  token!: string;

  @Field()
  name!: string;

  @Field()
  password!: string;
}

@InputType()
export class CreateCoalitionInput {
  @Field()
  coalitionName!: string;
}
