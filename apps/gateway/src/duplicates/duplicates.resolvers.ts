import { DuplicatesResolver } from './duplicates.resolver';
import { PersonDataResolver } from './person-data.resolver';
import { PersonMergesResolver } from './person-merges.resolver';

/** Duplicates, merges, a person's complete data and erasure. */
export const duplicatesResolvers = [DuplicatesResolver, PersonMergesResolver, PersonDataResolver];
