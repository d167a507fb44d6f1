import { LadderBoardResolver } from './ladder-board.resolver';
import { AssessmentResolver, LevelChangeResolver, PersonLevelResolver } from './ladder-links.resolver';
import { LadderResolver } from './ladder.resolver';
import { PersonLadderResolver } from './person-ladder.resolver';

/** The ladder's resolvers, registered together in `resolvers.ts`. */
export const ladderResolvers = [
  LadderResolver,
  LadderBoardResolver,
  PersonLadderResolver,
  PersonLevelResolver,
  LevelChangeResolver,
  AssessmentResolver,
];
