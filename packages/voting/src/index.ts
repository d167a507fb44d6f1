export * from './types';
export * from './ballot-issues';
export { OptionIndex } from './option-index';
export { BallotValidator, validateBallot } from './validate-ballot';
export { RankedBallotGroups } from './ranked-ballot-groups';
export { drawOrder } from './tie-breaker';
export { VALUE_SCALE } from './fixed-point';
export { countRankedChoice, type RankedCountInput } from './ranked-choice';
export { countStv, type StvCountInput } from './stv';
