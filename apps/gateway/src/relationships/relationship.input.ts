import { Field, ID, InputType } from '@nestjs/graphql';
import { LocalDateScalar } from '../organizations/local-date.scalar';
import { RelationshipType } from './relationship.model';

@InputType()
export class CreateRelationshipInput {
  @Field(() => RelationshipType)
  type!: RelationshipType;

  @Field(() => ID)
  fromPersonId!: string;

  @Field(() => ID)
  toPersonId!: string;

  @Field(() => String, { nullable: true })
  notes?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  startedOn?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  endedOn?: string | null;
}

@InputType()
export class RemoveRelationshipInput {
  @Field(() => ID)
  id!: string;
}
