import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../common/connection.model';
import { ApiTokenScope as ApiTokenScopeSchema } from '@groundwork/contracts';
import { DateTimeScalar } from '../common/date-time.scalar';

export const ApiTokenScope = ApiTokenScopeSchema.enum;
export type ApiTokenScope = ApiTokenScopeSchema;

registerEnumType(ApiTokenScope, {
  name: 'ApiTokenScope',
  valuesMap: {
    READ: { description: 'Reads, as a VIEWER.' },
    WRITE: { description: 'Also writes people, as an ORGANIZER. Tokens never manage users or tokens.' },
  },
});

/** `createdBy` is resolved by `ApiTokensResolver`. */
@ObjectType()
export class ApiToken {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'The visible start of the token, to tell tokens apart.' })
  prefix!: string;

  @Field(() => [ApiTokenScope])
  scopes!: ApiTokenScope[];

  @Field(() => DateTimeScalar)
  createdAt!: string;

  @Field(() => DateTimeScalar, { nullable: true })
  lastUsedAt!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  revokedAt!: string | null;
}

@ObjectType()
export class ApiTokenConnection extends Connection(ApiToken, 'ApiToken') {}

@ObjectType()
export class CreateApiTokenPayload {
  @Field({ description: 'The secret, shown this once: send it as `Authorization: Bearer <token>`.' })
  token!: string;

  @Field(() => ApiToken)
  apiToken!: ApiToken;
}
