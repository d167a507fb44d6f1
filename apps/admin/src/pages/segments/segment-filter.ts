import { enumValues } from '../../api/enum-values';
import type {
  ConsentChannel,
  CustomFieldOperator,
  CustomFieldType,
  DateRangeInput,
  PersonStatus,
  SegmentFilterInput,
  TagMatch,
} from '../../gql/graphql';

export type SegmentStatus = Exclude<PersonStatus, 'ARCHIVED'>;

/** Every status a segment can select (archived people are never in a segment). */
export const SEGMENT_STATUSES = enumValues<SegmentStatus>()(['ACTIVE', 'INACTIVE', 'DO_NOT_CONTACT']);

export interface CustomFieldConditionDraft {
  key: string;
  operator: CustomFieldOperator;
  value: string;
  min: string;
  max: string;
}

/** The builder's editable state: every control holds a value, empty meaning "no condition". */
export interface SegmentFilterDraft {
  levelIds: string[];
  noLevel: boolean;
  tagMatch: TagMatch;
  tagNames: string[];
  organizationIds: string[];
  areas: string[];
  languages: string[];
  customFields: CustomFieldConditionDraft[];
  joinedFrom: string;
  joinedTo: string;
  lastActivityFrom: string;
  lastActivityTo: string;
  consentGranted: ConsentChannel[];
  assignedOrganizerIds: string[];
  unassigned: boolean;
  statuses: SegmentStatus[];
}

export const EMPTY_FILTER: SegmentFilterDraft = {
  levelIds: [],
  noLevel: false,
  tagMatch: 'ANY',
  tagNames: [],
  organizationIds: [],
  areas: [],
  languages: [],
  customFields: [],
  joinedFrom: '',
  joinedTo: '',
  lastActivityFrom: '',
  lastActivityTo: '',
  consentGranted: [],
  assignedOrganizerIds: [],
  unassigned: false,
  statuses: [],
};

/** The operators membership accepts per custom field type. */
export const OPERATORS_BY_TYPE: Record<CustomFieldType, CustomFieldOperator[]> = {
  TEXT: ['CONTAINS', 'EQUALS'],
  NUMBER: ['EQUALS', 'RANGE'],
  DATE: ['EQUALS', 'RANGE'],
  SINGLE_CHOICE: ['EQUALS'],
  MULTIPLE_CHOICE: ['CONTAINS'],
};

/** A condition still being typed (no value yet) is left out of the filter rather than refused. */
export function isCompleteCondition(condition: CustomFieldConditionDraft): boolean {
  return condition.operator === 'RANGE'
    ? condition.min.trim() !== '' || condition.max.trim() !== ''
    : condition.value.trim() !== '';
}

/**
 * The filter to send: only the conditions that say something. Membership refuses empty lists and
 * unknown fields, and an empty filter means everyone who is not archived.
 */
export function toFilterInput(draft: SegmentFilterDraft): SegmentFilterInput {
  const input: SegmentFilterInput = {};
  if (draft.levelIds.length > 0) input.levelIds = draft.levelIds;
  if (draft.noLevel) input.noLevel = true;
  if (draft.tagNames.length > 0) input.tags = { match: draft.tagMatch, names: draft.tagNames };
  if (draft.organizationIds.length > 0) input.organizationIds = draft.organizationIds;
  if (draft.areas.length > 0) input.areas = draft.areas;
  if (draft.languages.length > 0) input.languages = draft.languages;
  const conditions = draft.customFields.filter(isCompleteCondition).map(toConditionInput);
  if (conditions.length > 0) input.customFields = conditions;
  const joined = toDateRange(draft.joinedFrom, draft.joinedTo);
  if (joined) input.joined = joined;
  const lastActivity = toDateRange(draft.lastActivityFrom, draft.lastActivityTo);
  if (lastActivity) input.lastActivity = lastActivity;
  if (draft.consentGranted.length > 0) input.consentGranted = draft.consentGranted;
  if (draft.assignedOrganizerIds.length > 0) input.assignedOrganizerIds = draft.assignedOrganizerIds;
  if (draft.unassigned) input.unassigned = true;
  if (draft.statuses.length > 0) input.statuses = draft.statuses;
  return input;
}

function toConditionInput(condition: CustomFieldConditionDraft) {
  const trimmed = (value: string) => (value.trim() === '' ? undefined : value.trim());
  return condition.operator === 'RANGE'
    ? {
        key: condition.key,
        operator: condition.operator,
        min: trimmed(condition.min),
        max: trimmed(condition.max),
      }
    : { key: condition.key, operator: condition.operator, value: condition.value.trim() };
}

function toDateRange(from: string, to: string): DateRangeInput | null {
  if (!from && !to) return null;
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/** A saved segment's filter (the JSON membership stored) back into the builder's controls. */
export function fromSavedFilter(saved: Record<string, unknown>): SegmentFilterDraft {
  const filter = saved as SegmentFilterInput;
  return {
    levelIds: filter.levelIds ?? [],
    noLevel: filter.noLevel ?? false,
    tagMatch: filter.tags?.match ?? 'ANY',
    tagNames: filter.tags?.names ?? [],
    organizationIds: filter.organizationIds ?? [],
    areas: filter.areas ?? [],
    languages: filter.languages ?? [],
    customFields: (filter.customFields ?? []).map((condition) => ({
      key: condition.key,
      operator: condition.operator,
      value: condition.value ?? '',
      min: condition.min ?? '',
      max: condition.max ?? '',
    })),
    joinedFrom: filter.joined?.from ?? '',
    joinedTo: filter.joined?.to ?? '',
    lastActivityFrom: filter.lastActivity?.from ?? '',
    lastActivityTo: filter.lastActivity?.to ?? '',
    consentGranted: filter.consentGranted ?? [],
    assignedOrganizerIds: filter.assignedOrganizerIds ?? [],
    unassigned: filter.unassigned ?? false,
    statuses: (filter.statuses ?? []).filter((status): status is SegmentStatus => status !== 'ARCHIVED'),
  };
}

/** Whether two drafts select the same people (compared as the filters they send). */
export function sameFilter(a: SegmentFilterDraft, b: SegmentFilterDraft): boolean {
  return JSON.stringify(toFilterInput(a)) === JSON.stringify(toFilterInput(b));
}
