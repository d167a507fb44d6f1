import type { CustomFieldType } from '@groundwork/contracts';

/** A custom field a coalition defines for its people; values live in `people.custom_fields`. */
export interface CustomFieldDefinition {
  tenantId: string;
  id: string;
  /** Stable: the key values are stored under, and segments filter by. */
  key: string;
  label: string;
  /** Fixed at creation, so stored values keep meaning what they meant. */
  type: CustomFieldType;
  /** For SINGLE_CHOICE and MULTIPLE_CHOICE; empty otherwise. */
  options: string[];
  required: boolean;
  archivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export const CHOICE_TYPES: ReadonlySet<CustomFieldType> = new Set(['SINGLE_CHOICE', 'MULTIPLE_CHOICE']);
