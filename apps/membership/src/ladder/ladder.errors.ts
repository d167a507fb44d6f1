import { DomainError } from '@groundwork/service-kit';

/** The ways a ladder, assessment or leadership request can fail. */
export const LadderErrors = {
  personNotFound: (id: string) => DomainError.notFound('person', id),
  personArchived: (id: string) => DomainError.conflict(`person ${id} is archived and cannot be changed`, 'personId'),
  levelNotFound: (id: string) => DomainError.notFound('ladder level', id),
  targetLevelNotFound: (field: string) => DomainError.badInput(field, 'is not a level of this coalition'),
  levelNameTaken: () => DomainError.conflict('this coalition already has a level with this name', 'name'),
  levelInUse: () => DomainError.conflict('people are or were at this level, or a rule targets it; rename it instead'),
  tooManyLevels: () => DomainError.conflict('a ladder has at most 30 levels'),
  reorderMustNameEveryLevel: () => DomainError.badInput('ids', "must name each of the coalition's levels exactly once"),
  ruleNotFound: (id: string) => DomainError.notFound('ladder rule', id),
  ruleInUse: () => DomainError.conflict('this rule has moved people; deactivate it instead'),
  trainingNotFound: (id: string) => DomainError.notFound('training', id),
  roleNotFound: (id: string) => DomainError.notFound('role', id),
  roleAlreadyEnded: (id: string) => DomainError.conflict(`role ${id} has already ended`, 'id'),
  roleEndBeforeStart: () => DomainError.badInput('endedOn', 'must not be before the role started'),
};
