import { DomainError } from '@groundwork/service-kit';

export const OneOnOneErrors = {
  notFound: (id: string) => DomainError.notFound('one-on-one', id),
  organizerRequired: () =>
    DomainError.badInput('organizerId', 'is required when the one-on-one is not recorded by a user'),
  dueBeforeHeld: () => DomainError.badInput('nextStepDueOn', 'must not be before heldOn'),
};
