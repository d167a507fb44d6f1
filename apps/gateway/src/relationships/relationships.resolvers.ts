import { LeaderRelationshipsResolver } from './leader-relationships.resolver';
import { OneOnOnesResolver, PersonOneOnOnesResolver, WeeklyOneOnOnesResolver } from './one-on-ones.resolver';
import {
  PersonRelationshipsResolver,
  RelationalGraphNodeResolver,
  RelationshipsResolver,
} from './relationships.resolver';

/** The relationship, relational query and one-on-one resolvers, registered together in `resolvers.ts`. */
export const relationshipsResolvers = [
  RelationshipsResolver,
  RelationalGraphNodeResolver,
  PersonRelationshipsResolver,
  LeaderRelationshipsResolver,
  OneOnOnesResolver,
  WeeklyOneOnOnesResolver,
  PersonOneOnOnesResolver,
];
