import type {
  ConsentChannel,
  CustomFieldCondition,
  CustomFieldType,
  SegmentFilter,
} from '@groundwork/contracts';
import { assertUnreachable } from '@groundwork/service-kit';
import { SegmentErrors } from './segment.errors';
import { ConsentFilter } from '../consent/consent-filter';
import type { SqlParameters } from './sql-parameters';

export interface CustomFieldShape {
  type: CustomFieldType;
  options: string[];
}

/** Field type by key, for the custom fields a filter names. */
export type CustomFieldShapes = ReadonlyMap<string, CustomFieldShape>;

const NUMBER = /^-?\d{1,15}(\.\d{1,10})?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_AFTER = `+ interval '1 day'`;

/**
 * The person's latest activity (see SegmentFilter in contracts): each source is read through its
 * per-person index, newest first.
 */
function lastActivity(p: string): string {
  const latest = (table: string, column: string) =>
    `(SELECT max(a.${column}) FROM membership.${table} a WHERE a.tenant_id = ${p}.tenant_id AND a.person_id = ${p}.id)`;
  return `GREATEST(${p}.created_at, ${latest('one_on_ones', 'held_on')}::timestamptz, ${latest('level_changes', 'changed_at')},
    ${latest('person_notes', 'created_at')}, ${latest('ladder_event_facts', 'occurred_at')})`;
}

/**
 * Compiles a validated segment filter into SQL conditions on the people alias `p`, every value a
 * parameter. Custom field conditions are checked against the coalition's definitions (type, operator,
 * value), so a mistake is a BAD_USER_INPUT naming `filter.customFields.<i>.<field>`.
 */
export function compileSegmentFilter(
  filter: SegmentFilter,
  customFields: CustomFieldShapes,
  params: SqlParameters,
  p = 'p',
): string[] {
  const conditions: string[] = [];
  const exists = (table: string, extra: string) =>
    `EXISTS (SELECT 1 FROM membership.${table} x WHERE x.tenant_id = ${p}.tenant_id AND x.person_id = ${p}.id AND ${extra})`;

  if (filter.levelIds || filter.noLevel) {
    const either: string[] = [];
    if (filter.levelIds)
      either.push(exists('person_levels', `x.level_id = ANY(${params.add(filter.levelIds, 'uuid[]')})`));
    if (filter.noLevel) either.push(`NOT ${exists('person_levels', 'true')}`);
    conditions.push(`(${either.join(' OR ')})`);
  }
  if (filter.tags) {
    const names = params.add(filter.tags.names, 'text[]');
    conditions.push(filter.tags.match === 'ALL' ? `${p}.tags @> ${names}` : `${p}.tags && ${names}`);
  }
  if (filter.organizationIds) {
    conditions.push(
      exists(
        'affiliations',
        `x.ended_on IS NULL AND x.organization_id = ANY(${params.add(filter.organizationIds, 'uuid[]')})`,
      ),
    );
  }
  if (filter.areas) {
    conditions.push(
      `lower(${p}.area) = ANY(${params.add(
        filter.areas.map((area) => area.toLowerCase()),
        'text[]',
      )})`,
    );
  }
  if (filter.languages) {
    conditions.push(`${p}.preferred_languages && ${params.add(filter.languages, 'text[]')}`);
  }
  filter.customFields?.forEach((condition, index) => {
    conditions.push(customFieldCondition(condition, customFields, params, p, `filter.customFields.${index}`));
  });
  if (filter.joined) {
    if (filter.joined.from) conditions.push(`${p}.joined_on >= ${params.add(filter.joined.from, 'date')}`);
    if (filter.joined.to) conditions.push(`${p}.joined_on <= ${params.add(filter.joined.to, 'date')}`);
  }
  if (filter.lastActivity) {
    const activity = lastActivity(p);
    const bounds: string[] = [];
    if (filter.lastActivity.from)
      bounds.push(`${activity} >= ${params.add(filter.lastActivity.from, 'date')}`);
    if (filter.lastActivity.to)
      bounds.push(`${activity} < ${params.add(filter.lastActivity.to, 'date')} ${DAY_AFTER}`);
    conditions.push(bounds.join(' AND '));
  }
  for (const channel of filter.consentGranted ?? []) conditions.push(ConsentFilter.sql(p, channel));
  if (filter.assignedOrganizerIds || filter.unassigned) {
    const either: string[] = [];
    if (filter.assignedOrganizerIds)
      either.push(`${p}.assigned_organizer_id = ANY(${params.add(filter.assignedOrganizerIds, 'uuid[]')})`);
    if (filter.unassigned) either.push(`${p}.assigned_organizer_id IS NULL`);
    conditions.push(`(${either.join(' OR ')})`);
  }
  if (filter.statuses) conditions.push(`${p}.status = ANY(${params.add(filter.statuses, 'text[]')})`);
  return conditions;
}

/**
 * What every list a segment produces leaves out: archived people always; with a channel, people
 * marked DO_NOT_CONTACT and people without granted consent for it; exports also leave out
 * DO_NOT_CONTACT people when no channel is chosen.
 */
export function listConditions(
  options: { channel?: ConsentChannel; excludeDoNotContact: boolean },
  p = 'p',
): string[] {
  const conditions = [`${p}.archived_at IS NULL`];
  if (options.channel || options.excludeDoNotContact) conditions.push(`${p}.status <> 'DO_NOT_CONTACT'`);
  if (options.channel) conditions.push(ConsentFilter.sql(p, options.channel));
  return conditions;
}

function customFieldCondition(
  condition: CustomFieldCondition,
  shapes: CustomFieldShapes,
  params: SqlParameters,
  p: string,
  path: string,
): string {
  const shape = shapes.get(condition.key);
  if (!shape) throw SegmentErrors.unknownCustomField(path);
  const key = params.add(condition.key, 'text');
  const text = `(${p}.custom_fields ->> ${key})`;
  const refuse = (allowed: string) => SegmentErrors.operatorNotAvailable(path, shape.type, allowed);
  const checked = (field: 'value' | 'min' | 'max', pattern: RegExp, message: string): string | undefined => {
    const value = condition[field];
    if (value !== undefined && !pattern.test(value))
      throw SegmentErrors.invalidConditionValue(`${path}.${field}`, message);
    return value;
  };

  switch (shape.type) {
    case 'TEXT': {
      if (condition.operator === 'RANGE') throw refuse('EQUALS or CONTAINS');
      const value = params.add(condition.value!.toLowerCase(), 'text');
      return condition.operator === 'EQUALS'
        ? `lower(${text}) = ${value}`
        : `strpos(lower(${text}), ${value}) > 0`;
    }
    case 'NUMBER':
    case 'DATE': {
      if (condition.operator === 'CONTAINS') throw refuse('EQUALS or RANGE');
      const [pattern, message, cast] =
        shape.type === 'NUMBER'
          ? [NUMBER, 'must be a number like 12 or -3.5', 'numeric']
          : [DATE, 'must be a date like 2026-03-31', 'date'];
      const typed =
        shape.type === 'NUMBER'
          ? `(CASE WHEN jsonb_typeof(${p}.custom_fields -> ${key}) = 'number' THEN ${text}::numeric END)`
          : `(CASE WHEN ${text} ~ '^\\d{4}-\\d{2}-\\d{2}$' THEN ${text} END)`;
      const value = checked('value', pattern, message);
      const min = checked('min', pattern, message);
      const max = checked('max', pattern, message);
      // Dates compare as ISO text, which orders like the dates themselves (and never fails to cast).
      const param = (raw: string) => (cast === 'date' ? params.add(raw, 'text') : params.add(raw, 'numeric'));
      if (condition.operator === 'EQUALS') return `${typed} = ${param(value!)}`;
      const bounds: string[] = [];
      if (min !== undefined) bounds.push(`${typed} >= ${param(min)}`);
      if (max !== undefined) bounds.push(`${typed} <= ${param(max)}`);
      return bounds.join(' AND ');
    }
    case 'SINGLE_CHOICE': {
      if (condition.operator !== 'EQUALS') throw refuse('EQUALS');
      if (!shape.options.includes(condition.value!)) throw SegmentErrors.notAnOption(path);
      return `${text} = ${params.add(condition.value, 'text')}`;
    }
    case 'MULTIPLE_CHOICE': {
      if (condition.operator !== 'CONTAINS') throw refuse('CONTAINS');
      if (!shape.options.includes(condition.value!)) throw SegmentErrors.notAnOption(path);
      return `(${p}.custom_fields -> ${key}) @> jsonb_build_array(${params.add(condition.value, 'text')})`;
    }
    default:
      return assertUnreachable(shape.type);
  }
}
