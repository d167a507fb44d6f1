import { Field, ID, InputType } from '@nestjs/graphql';
import { JsonObjectScalar } from '../custom-fields/json-object.scalar';
import { PersonSource, PersonStatus } from './person-enums';

@InputType()
export class CreatePersonInput {
  @Field()
  firstName!: string;

  @Field()
  lastName!: string;

  @Field(() => String, { nullable: true })
  pronouns?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the primary phone takes SMS; false when left out.',
  })
  phoneSms?: boolean | null;

  @Field(() => String, { nullable: true })
  addressLine1?: string | null;

  @Field(() => String, { nullable: true })
  addressLine2?: string | null;

  @Field(() => String, { nullable: true })
  city?: string | null;

  @Field(() => String, { nullable: true })
  region?: string | null;

  @Field(() => String, { nullable: true })
  postalCode?: string | null;

  @Field(() => String, { nullable: true })
  country?: string | null;

  @Field(() => String, { nullable: true })
  area?: string | null;

  @Field(() => String, { nullable: true })
  preferredLanguage?: string | null;

  @Field(() => [String], { nullable: true })
  preferredLanguages?: string[] | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  joinedOn?: string | null;

  @Field(() => PersonSource, { nullable: true })
  source?: PersonSource | null;

  @Field(() => String, { nullable: true })
  sourceDetail?: string | null;

  @Field(() => ID, { nullable: true })
  referredByPersonId?: string | null;

  @Field(() => PersonStatus, { nullable: true, description: 'ACTIVE when left out.' })
  status?: PersonStatus | null;

  @Field(() => ID, { nullable: true })
  assignedOrganizerId?: string | null;

  @Field(() => String, { nullable: true })
  externalId?: string | null;

  @Field(() => JsonObjectScalar, { nullable: true, description: 'Values by custom field key.' })
  customFields?: Record<string, unknown> | null;

  @Field(() => [String], { nullable: true })
  tags?: string[] | null;
}

/**
 * Fields left out stay as they are; `null` clears an optional field. `customFields` changes only the
 * keys it names (a key set to null is cleared). `preferredLanguage` alone moves that language first.
 */
@InputType()
export class UpdatePersonInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  firstName?: string | null;

  @Field(() => String, { nullable: true })
  lastName?: string | null;

  @Field(() => String, { nullable: true })
  pronouns?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => Boolean, { nullable: true })
  phoneSms?: boolean | null;

  @Field(() => String, { nullable: true })
  addressLine1?: string | null;

  @Field(() => String, { nullable: true })
  addressLine2?: string | null;

  @Field(() => String, { nullable: true })
  city?: string | null;

  @Field(() => String, { nullable: true })
  region?: string | null;

  @Field(() => String, { nullable: true })
  postalCode?: string | null;

  @Field(() => String, { nullable: true })
  country?: string | null;

  @Field(() => String, { nullable: true })
  area?: string | null;

  @Field(() => String, { nullable: true })
  preferredLanguage?: string | null;

  @Field(() => [String], { nullable: true })
  preferredLanguages?: string[] | null;

  @Field(() => String, { nullable: true })
  joinedOn?: string | null;

  @Field(() => PersonSource, { nullable: true })
  source?: PersonSource | null;

  @Field(() => String, { nullable: true })
  sourceDetail?: string | null;

  @Field(() => ID, { nullable: true })
  referredByPersonId?: string | null;

  @Field(() => PersonStatus, { nullable: true })
  status?: PersonStatus | null;

  @Field(() => ID, { nullable: true })
  assignedOrganizerId?: string | null;

  @Field(() => String, { nullable: true })
  externalId?: string | null;

  @Field(() => JsonObjectScalar, { nullable: true })
  customFields?: Record<string, unknown> | null;

  @Field(() => [String], { nullable: true })
  tags?: string[] | null;
}

@InputType()
export class ArchivePersonInput {
  @Field(() => ID)
  id!: string;
}
