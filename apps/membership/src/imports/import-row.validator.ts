import { Injectable } from '@nestjs/common';
import { personFields } from '@groundwork/contracts';
import { DomainError } from '@groundwork/service-kit';
import type { z } from 'zod';
import { PersonDetailsNormalizer } from '../people/person-details.normalizer';
import type { AvailableImportField } from './import-field-catalog';

/** A mapping resolved against the file: which cell feeds which field. */
export interface ResolvedMapping {
  cells: Array<{ index: number; field: AvailableImportField }>;
}

export interface RowIssue {
  field: string | null;
  message: string;
}

export interface ValidatedRow {
  /** People columns and their stored values (JSON), only for fields the row has a value for. */
  values: Record<string, unknown>;
  issues: RowIssue[];
}

/** The reason code of a value its field refuses: `INVALID_EMAIL`, `INVALID_POSTAL_CODE`… */
export function invalidValueReason(field: string | null): string {
  return field ? `INVALID_${field.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()}` : 'INVALID_VALUE';
}

const LIST_SEPARATOR = /[,;|]/;
const TRUE_WORDS = new Set(['1', 'y', 'yes', 'true', 't', 'x', 'on', 'opted in', 'subscribed']);
const FALSE_WORDS = new Set(['0', 'n', 'no', 'false', 'f', 'off', 'opted out', 'unsubscribed']);
const schemas = personFields as Record<string, z.ZodType>;

/**
 * Turns one row's cells into the values the import will store, with the very rules
 * `membership.person.create` applies: each field's schema from the people contract (trimming,
 * lower-cased email, name and tag rules…), then the people normalizer (E.164 phones in the default
 * region, canonical language tags, known countries). Empty cells give no value.
 */
@Injectable()
export class ImportRowValidator {
  constructor(private readonly normalizer: PersonDetailsNormalizer) {}

  validate(cells: string[], mapping: ResolvedMapping): ValidatedRow {
    const issues: RowIssue[] = [];
    const request: Record<string, unknown> = {};
    for (const { index, field } of mapping.cells) {
      const raw = (cells[index] ?? '').trim();
      if (raw === '') continue;
      const input = toInput(raw, field);
      if (input instanceof Error) {
        issues.push({ field: field.key, message: input.message });
        continue;
      }
      const schema = schemas[field.key];
      if (!schema) continue;
      const parsed = schema.safeParse(
        field.kind === 'list' && Array.isArray(request[field.key])
          ? [...(request[field.key] as string[]), ...(input as string[])]
          : input,
      );
      if (parsed.success) request[field.key] = parsed.data;
      else
        issues.push({
          field: field.key,
          message: `${field.label}: ${parsed.error.issues[0]?.message ?? 'is not valid'}`,
        });
    }
    if (issues.length > 0) return { values: {}, issues };
    let details: Record<string, unknown>;
    try {
      details = this.normalizer.forUpdate(request).details;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const key = error.details?.field ?? null;
      const label = mapping.cells.find((cell) => cell.field.key === key)?.field.label ?? key;
      return {
        values: {},
        issues: [
          { field: key, message: `${label}: ${error.details?.issues?.[0]?.message ?? error.message}` },
        ],
      };
    }
    const values: Record<string, unknown> = {};
    for (const { field } of mapping.cells) {
      const value = details[field.key];
      if (value !== undefined && value !== null) values[field.column] = value;
    }
    return { values, issues };
  }
}

function toInput(raw: string, field: AvailableImportField): unknown {
  switch (field.kind) {
    case 'text':
      return raw;
    case 'list':
      return raw
        .split(LIST_SEPARATOR)
        .map((item) => item.trim())
        .filter((item) => item !== '');
    case 'boolean': {
      const word = raw.toLowerCase();
      if (TRUE_WORDS.has(word)) return true;
      if (FALSE_WORDS.has(word)) return false;
      return new Error(`${field.label}: must be yes or no (or true/false, 1/0)`);
    }
  }
}
