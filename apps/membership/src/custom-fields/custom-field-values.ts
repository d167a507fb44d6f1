import { Injectable } from '@nestjs/common';
import type { CustomFieldValue } from '@groundwork/contracts';
import type { CustomFieldDefinition } from './custom-field-definition';
import { CustomFieldDefinitionRepository } from './custom-field-definition.repository';
import { CustomFieldErrors } from './custom-field.errors';

const TEXT = /^(?:[^\p{Cc}\p{Cf}<>]|[\n\t])*$/u;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_NUMBER = 1e15;

type Values = Record<string, CustomFieldValue>;

/**
 * Checks a person's custom field values against the coalition's definitions and merges them into
 * the stored ones. Every refusal is BAD_USER_INPUT on `customFields.<key>`. Values whose definition
 * later changed (an option removed) stay stored until someone writes that field again.
 */
@Injectable()
export class CustomFieldValues {
  constructor(private readonly definitions: CustomFieldDefinitionRepository) {}

  /** Call inside the unit of work. `patch` maps keys to new values, `null` clearing one. */
  async merge(
    current: Values,
    patch: Record<string, unknown> | undefined,
    creating: boolean,
  ): Promise<Values> {
    if (!creating && (patch === undefined || Object.keys(patch).length === 0)) return current;
    const definitions = await this.definitions.list(true);
    const byKey = new Map(definitions.map((definition) => [definition.key, definition]));
    const merged: Values = { ...current };
    for (const [key, raw] of Object.entries(patch ?? {})) {
      const definition = byKey.get(key);
      if (!definition) throw CustomFieldErrors.badValue(key, 'is not a custom field of this coalition');
      if (definition.archivedAt) throw CustomFieldErrors.badValue(key, 'is archived and cannot be changed');
      const value = raw === null ? null : parseValue(definition, raw);
      if (value === null) delete merged[key];
      else merged[key] = value;
    }
    if (creating || patch) {
      for (const definition of definitions) {
        const touched = patch !== undefined && definition.key in patch;
        if (
          definition.required &&
          !definition.archivedAt &&
          (creating || touched) &&
          !(definition.key in merged)
        ) {
          throw CustomFieldErrors.badValue(definition.key, 'is required');
        }
      }
    }
    return merged;
  }
}

/** The stored form of one value, or null for an empty one. */
function parseValue(definition: CustomFieldDefinition, raw: unknown): CustomFieldValue | null {
  const fail = (message: string) => CustomFieldErrors.badValue(definition.key, message);
  switch (definition.type) {
    case 'TEXT': {
      if (typeof raw !== 'string') throw fail('must be text');
      const text = raw.trim();
      if (!TEXT.test(text)) throw fail('must not contain control characters or < >');
      if (text.length > 2000) throw fail('must be at most 2000 characters');
      return text === '' ? null : text;
    }
    case 'NUMBER':
      if (typeof raw !== 'number' || !Number.isFinite(raw)) throw fail('must be a number');
      if (Math.abs(raw) > MAX_NUMBER) throw fail(`must be between -${MAX_NUMBER} and ${MAX_NUMBER}`);
      return raw;
    case 'DATE':
      if (typeof raw !== 'string' || !isCalendarDate(raw)) throw fail('must be a date like 2026-03-31');
      return raw;
    case 'SINGLE_CHOICE':
      if (typeof raw !== 'string') throw fail('must be one of the options');
      if (!definition.options.includes(raw)) throw fail(`must be one of: ${definition.options.join(', ')}`);
      return raw;
    case 'MULTIPLE_CHOICE': {
      if (!Array.isArray(raw) || raw.some((item) => typeof item !== 'string'))
        throw fail('must be a list of options');
      const chosen = [...new Set(raw as string[])];
      const unknown = chosen.find((item) => !definition.options.includes(item));
      if (unknown !== undefined) throw fail(`must contain only: ${definition.options.join(', ')}`);
      return chosen.length === 0 ? null : chosen;
    }
  }
}

function isCalendarDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}
