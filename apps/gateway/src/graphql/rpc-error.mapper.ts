import { ErrorCode } from '@groundwork/contracts';
import { assertUnreachable, type RpcError } from '@groundwork/service-kit/client';
import { PublicErrorCode } from '../common/graphql-errors';

export interface PublicError {
  code: PublicErrorCode;
  message: string;
  extensions?: Record<string, unknown>;
}

/**
 * What a client may learn from a service's error reply. `null` means an internal failure (a service
 * broken, or a gateway bug such as a tenant subject sent without a tenant): the caller logs it and
 * answers INTERNAL. A service that is down or did not answer in time is UNAVAILABLE, which a client
 * may retry (with the same `Idempotency-Key` for a write).
 */
export function publicRpcError(error: RpcError): PublicError | null {
  const shared = publicSharedError(error);
  if (!shared || !error.reason) return shared;
  return { ...shared, extensions: { ...shared.extensions, reason: error.reason } };
}

/** `extensions.code` for each shared code; the domain's `reason`, when there is one, is added beside it. */
function publicSharedError(error: RpcError): PublicError | null {
  switch (error.code) {
    case ErrorCode.BAD_USER_INPUT:
      return {
        code: PublicErrorCode.BAD_USER_INPUT,
        message: error.message,
        extensions: { field: error.details?.field, issues: error.details?.issues ?? [] },
      };
    case ErrorCode.CONFLICT:
      return {
        code: PublicErrorCode.CONFLICT,
        message: error.message,
        extensions: { field: error.details?.field },
      };
    case ErrorCode.NOT_FOUND:
      // The field names the input that pointed at nothing, e.g. `toPersonId`, when the service knows it.
      return {
        code: PublicErrorCode.NOT_FOUND,
        message: error.message,
        ...(error.details?.field ? { extensions: { field: error.details.field } } : {}),
      };
    case ErrorCode.UNAUTHENTICATED:
      return { code: PublicErrorCode.UNAUTHENTICATED, message: error.message };
    case ErrorCode.FORBIDDEN:
      return { code: PublicErrorCode.FORBIDDEN, message: error.message };
    case ErrorCode.RATE_LIMITED:
      return { code: PublicErrorCode.RATE_LIMITED, message: error.message };
    case ErrorCode.UNAVAILABLE: {
      const service = error.subject.split('.')[0] ?? 'a service';
      return {
        code: PublicErrorCode.UNAVAILABLE,
        message: `The ${service} service is unavailable right now (${error.message}). Try again in a moment.`,
        extensions: { service, retriable: true },
      };
    }
    case ErrorCode.TENANT_REQUIRED:
    case ErrorCode.INTERNAL:
      return null;
    default:
      return assertUnreachable(error.code);
  }
}
