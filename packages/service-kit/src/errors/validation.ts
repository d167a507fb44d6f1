import { ErrorCode, type ErrorBody, type FieldIssue } from '@groundwork/contracts';
import type { z } from 'zod';

/** Turns schema issues into one BAD_USER_INPUT body naming every field at fault. */
export function validationError(error: z.ZodError): ErrorBody {
  const issues: FieldIssue[] = error.issues.map((issue) => ({
    field: issue.path.length > 0 ? issue.path.join('.') : '(root)',
    message: issue.message,
  }));
  const first = issues[0];
  const message = first ? `${first.field} ${first.message}` : 'invalid input';
  return { code: ErrorCode.BAD_USER_INPUT, message, details: { field: first?.field, issues } };
}
