import { Injectable, Logger } from '@nestjs/common';
import {
  ApolloServerErrorCode,
  ApolloServerValidationErrorCode,
  unwrapResolverError,
} from '@apollo/server/errors';
import { RpcError } from '@groundwork/service-kit/client';
import type { GraphQLFormattedError } from 'graphql';
import { isPublicErrorCode, PublicErrorCode } from '../common/graphql-errors';
import { errorCorrelation } from './error-correlation';
import { inputErrorField } from './input-error-field';
import { publicRpcError, type PublicError } from './rpc-error.mapper';

/** Errors about the request itself (syntax, validation, limits, coercion, transport) rather than its effect. */
const REQUEST_ERROR_CODES = new Set<unknown>([
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApolloServerErrorCode.BAD_USER_INPUT,
  ApolloServerErrorCode.BAD_REQUEST,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
  ApolloServerValidationErrorCode.INTROSPECTION_DISABLED,
  ApolloServerValidationErrorCode.MAX_RECURSIVE_SELECTIONS_EXCEEDED,
]);

/**
 * Apollo's `formatError`: every error leaves with one of the public codes. Service errors are mapped,
 * request errors become BAD_USER_INPUT naming their field, and anything else is logged and leaves as
 * INTERNAL with only the correlation id.
 */
@Injectable()
export class GraphQLErrorFormatter {
  private readonly logger = new Logger('GraphQL');

  format(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
    const original = unwrapResolverError(error);
    if (original instanceof RpcError) {
      const mapped = publicRpcError(original);
      return mapped ? withError(formatted, mapped) : this.internal(formatted, original);
    }
    const code = formatted.extensions?.code;
    if (REQUEST_ERROR_CODES.has(code)) return withError(formatted, badUserInput(formatted));
    if (isPublicErrorCode(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return withError(formatted, { code, message: formatted.message, extensions });
    }
    return this.internal(formatted, original);
  }

  private internal(formatted: GraphQLFormattedError, cause: unknown): GraphQLFormattedError {
    const correlationId = errorCorrelation(cause);
    this.logger.error({ msg: 'GraphQL operation failed', correlationId, path: formatted.path, err: cause });
    return withError(formatted, {
      code: PublicErrorCode.INTERNAL,
      message: `Internal error. Quote correlation id ${correlationId} when reporting it.`,
      extensions: { correlationId },
    });
  }
}

function badUserInput(formatted: GraphQLFormattedError): PublicError {
  const extensions = formatted.extensions ?? {};
  const field = typeof extensions.field === 'string' ? extensions.field : inputErrorField(formatted.message);
  const issues = Array.isArray(extensions.issues)
    ? extensions.issues
    : field
      ? [{ field, message: formatted.message }]
      : [];
  return { code: PublicErrorCode.BAD_USER_INPUT, message: formatted.message, extensions: { field, issues } };
}

function withError(formatted: GraphQLFormattedError, error: PublicError): GraphQLFormattedError {
  return {
    message: error.message,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { ...error.extensions, code: error.code },
  };
}
