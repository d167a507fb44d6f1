import type { CombinedError } from 'urql';

type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'UNAVAILABLE'
  | 'INTERNAL';

interface FieldError {
  /** The input field at fault, dotted and relative to the mutation's `input` (e.g. `email`, `tags.1`). */
  field: string;
  message: string;
}

/** Codes whose errors may name the input field at fault. */
const FIELD_ERROR_CODES = new Set<unknown>(['BAD_USER_INPUT', 'CONFLICT']);

export function hasErrorCode(error: CombinedError, code: ErrorCode): boolean {
  return error.graphQLErrors.some(({ extensions }) => extensions.code === code);
}

/**
 * The fields named by BAD_USER_INPUT (and CONFLICT) errors: each error's `extensions.issues`
 * (`[{ field, message }]`) when it lists several, else its `extensions.field` with its message.
 */
export function fieldErrors(error: CombinedError): FieldError[] {
  return error.graphQLErrors.flatMap(({ extensions, message }) => {
    if (!FIELD_ERROR_CODES.has(extensions.code)) return [];
    const issues = Array.isArray(extensions.issues) ? extensions.issues.filter(isFieldError) : [];
    if (issues.length > 0) {
      return issues.map((issue) => ({ field: withoutInputPrefix(issue.field), message: issue.message }));
    }
    const { field } = extensions;
    return typeof field === 'string' && field !== '' ? [{ field: withoutInputPrefix(field), message }] : [];
  });
}

function isFieldError(value: unknown): value is FieldError {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.field === 'string' && candidate.field !== '' && typeof candidate.message === 'string'
  );
}

function withoutInputPrefix(field: string): string {
  return field.replace(/^input\./, '');
}

/** A sentence to show a person; never a stack trace or internals. */
export function describeError(error: CombinedError): string {
  if (error.networkError) return 'Could not reach Groundwork. Check your connection and try again.';
  const first = error.graphQLErrors[0];
  switch (first?.extensions.code) {
    case 'UNAUTHENTICATED':
      return 'Your session has ended. Please log in again.';
    case 'FORBIDDEN':
      return 'Your role does not allow this.';
    case 'RATE_LIMITED':
      return 'Too many attempts. Wait a moment and try again.';
    case 'UNAVAILABLE':
      return 'Part of Groundwork is unavailable right now. We retried for a few seconds; try again in a moment.';
    case 'NOT_FOUND':
    case 'BAD_USER_INPUT':
    case 'CONFLICT':
      return first.message;
    default:
      return 'Something went wrong on our side. Please try again.';
  }
}
