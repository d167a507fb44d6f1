import { ErrorCode, type ErrorDetails } from '@groundwork/contracts';
import { DomainError, assertUnreachable, fieldProblem } from '@groundwork/service-kit';

export const LadderErrorCode = {
  PERSON_NOT_FOUND: 'PERSON_NOT_FOUND',
  LEVEL_NOT_FOUND: 'LEVEL_NOT_FOUND',
  RULE_NOT_FOUND: 'RULE_NOT_FOUND',
  TRAINING_NOT_FOUND: 'TRAINING_NOT_FOUND',
  ROLE_NOT_FOUND: 'ROLE_NOT_FOUND',
  PERSON_ARCHIVED: 'PERSON_ARCHIVED',
  LEVEL_NAME_TAKEN: 'LEVEL_NAME_TAKEN',
  LEVEL_IN_USE: 'LEVEL_IN_USE',
  TOO_MANY_LEVELS: 'TOO_MANY_LEVELS',
  RULE_IN_USE: 'RULE_IN_USE',
  ROLE_ALREADY_ENDED: 'ROLE_ALREADY_ENDED',
  TARGET_LEVEL_NOT_FOUND: 'TARGET_LEVEL_NOT_FOUND',
  REORDER_MUST_NAME_EVERY_LEVEL: 'REORDER_MUST_NAME_EVERY_LEVEL',
  ROLE_END_BEFORE_START: 'ROLE_END_BEFORE_START',
} as const;
export type LadderErrorCode = (typeof LadderErrorCode)[keyof typeof LadderErrorCode];

export class LadderException extends DomainError {
  constructor(reason: LadderErrorCode, message: string, details?: ErrorDetails) {
    super(codeOf(reason), message, details, reason);
  }
}

/** The shared code each reason leaves with; a reason added without one does not compile. */
function codeOf(reason: LadderErrorCode): ErrorCode {
  switch (reason) {
    case LadderErrorCode.PERSON_NOT_FOUND:
    case LadderErrorCode.LEVEL_NOT_FOUND:
    case LadderErrorCode.RULE_NOT_FOUND:
    case LadderErrorCode.TRAINING_NOT_FOUND:
    case LadderErrorCode.ROLE_NOT_FOUND:
      return ErrorCode.NOT_FOUND;
    case LadderErrorCode.PERSON_ARCHIVED:
    case LadderErrorCode.LEVEL_NAME_TAKEN:
    case LadderErrorCode.LEVEL_IN_USE:
    case LadderErrorCode.TOO_MANY_LEVELS:
    case LadderErrorCode.RULE_IN_USE:
    case LadderErrorCode.ROLE_ALREADY_ENDED:
      return ErrorCode.CONFLICT;
    case LadderErrorCode.TARGET_LEVEL_NOT_FOUND:
    case LadderErrorCode.REORDER_MUST_NAME_EVERY_LEVEL:
    case LadderErrorCode.ROLE_END_BEFORE_START:
      return ErrorCode.BAD_USER_INPUT;
    default:
      return assertUnreachable(reason);
  }
}

/** The ways a ladder, assessment or leadership request can fail. */
export const LadderErrors = {
  personNotFound: (id: string) =>
    new LadderException(LadderErrorCode.PERSON_NOT_FOUND, `person ${id} was not found`),
  personArchived: (id: string) =>
    new LadderException(LadderErrorCode.PERSON_ARCHIVED, `person ${id} is archived and cannot be changed`, {
      field: 'personId',
    }),
  levelNotFound: (id: string) =>
    new LadderException(LadderErrorCode.LEVEL_NOT_FOUND, `ladder level ${id} was not found`),
  targetLevelNotFound: (field: string) =>
    new LadderException(
      LadderErrorCode.TARGET_LEVEL_NOT_FOUND,
      ...fieldProblem(field, 'is not a level of this coalition'),
    ),
  levelNameTaken: () =>
    new LadderException(
      LadderErrorCode.LEVEL_NAME_TAKEN,
      'this coalition already has a level with this name',
      { field: 'name' },
    ),
  levelInUse: () =>
    new LadderException(
      LadderErrorCode.LEVEL_IN_USE,
      'people are or were at this level, or a rule targets it; rename it instead',
    ),
  tooManyLevels: () => new LadderException(LadderErrorCode.TOO_MANY_LEVELS, 'a ladder has at most 30 levels'),
  reorderMustNameEveryLevel: () =>
    new LadderException(
      LadderErrorCode.REORDER_MUST_NAME_EVERY_LEVEL,
      ...fieldProblem('ids', "must name each of the coalition's levels exactly once"),
    ),
  ruleNotFound: (id: string) =>
    new LadderException(LadderErrorCode.RULE_NOT_FOUND, `ladder rule ${id} was not found`),
  ruleInUse: () =>
    new LadderException(LadderErrorCode.RULE_IN_USE, 'this rule has moved people; deactivate it instead'),
  trainingNotFound: (id: string) =>
    new LadderException(LadderErrorCode.TRAINING_NOT_FOUND, `training ${id} was not found`),
  roleNotFound: (id: string) =>
    new LadderException(LadderErrorCode.ROLE_NOT_FOUND, `role ${id} was not found`),
  roleAlreadyEnded: (id: string) =>
    new LadderException(LadderErrorCode.ROLE_ALREADY_ENDED, `role ${id} has already ended`, { field: 'id' }),
  roleEndBeforeStart: () =>
    new LadderException(
      LadderErrorCode.ROLE_END_BEFORE_START,
      ...fieldProblem('endedOn', 'must not be before the role started'),
    ),
};
