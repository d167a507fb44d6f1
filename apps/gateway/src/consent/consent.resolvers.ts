import { ConsentRecordResolver, PersonConsentResolver } from './consent.resolver';

/** The consent resolvers, registered together in `resolvers.ts`. */
export const consentResolvers = [PersonConsentResolver, ConsentRecordResolver];
