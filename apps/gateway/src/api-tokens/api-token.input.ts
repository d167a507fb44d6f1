import { Field, ID, InputType } from '@nestjs/graphql';
import { ApiTokenScope } from './api-token.model';

@InputType()
export class CreateApiTokenInput {
  @Field()
  name!: string;

  @Field(() => [ApiTokenScope])
  scopes!: ApiTokenScope[];
}

@InputType()
export class RevokeApiTokenInput {
  @Field(() => ID)
  id!: string;
}
