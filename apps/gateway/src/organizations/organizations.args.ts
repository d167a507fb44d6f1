import { ArgsType, Field, ID } from '@nestjs/graphql';
import { PageArgs } from '../common/page.args';
import { OrganizationMembershipStatus, OrganizationType } from './organization.model';

@ArgsType()
export class OrganizationsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Matches the name.' })
  search?: string | null;

  @Field(() => [OrganizationType], { nullable: true })
  types?: OrganizationType[] | null;

  @Field(() => [OrganizationMembershipStatus], { nullable: true })
  statuses?: OrganizationMembershipStatus[] | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  includeArchived?: boolean | null;
}

@ArgsType()
export class OrganizationArgs {
  @Field(() => ID)
  id!: string;
}

@ArgsType()
export class AffiliationsArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Include ended affiliations.' })
  includeEnded?: boolean | null;
}
