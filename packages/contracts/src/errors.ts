/** Error codes shared by every service; the gateway maps them to GraphQL `extensions.code`. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  RATE_LIMITED: 'RATE_LIMITED',
  TENANT_REQUIRED: 'TENANT_REQUIRED',
  UNAVAILABLE: 'UNAVAILABLE',
  INTERNAL: 'INTERNAL',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface FieldIssue {
  /** Dotted path of the offending field inside the request, e.g. `email` or `tags.3`. */
  field: string;
  message: string;
}

export interface ErrorDetails {
  /** The first field at fault, for clients that show one message per form. */
  field?: string;
  issues?: FieldIssue[];
  [key: string]: unknown;
}

export interface ErrorBody {
  code: ErrorCode;
  /**
   * The specific failure within its domain (`EMAIL_TAKEN`, `API_TOKEN_REVOKED`…), from the enum in the
   * owning service's `*.errors.ts`; absent for failures every subject shares (validation, tenant).
   */
  reason?: string;
  message: string;
  details?: ErrorDetails;
}
