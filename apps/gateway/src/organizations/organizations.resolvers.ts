import { AffiliationsResolver, PersonAffiliationsResolver } from './affiliations.resolver';
import { OrganizationsResolver } from './organizations.resolver';

/** The organization and affiliation resolvers, registered together in `resolvers.ts`. */
export const organizationsResolvers = [
  OrganizationsResolver,
  AffiliationsResolver,
  PersonAffiliationsResolver,
];
