import type { DuplicateReason } from '../../gql/graphql';

export const REASON_LABELS: Record<DuplicateReason, string> = {
  EMAIL: 'Same email',
  PHONE: 'Same phone',
  NAME_AND_POSTAL_CODE: 'Similar name, same postal code',
};
