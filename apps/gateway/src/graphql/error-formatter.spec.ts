import { Logger } from '@nestjs/common';
import { ErrorCode } from '@groundwork/contracts';
import { RpcError } from '@groundwork/service-kit/client';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { noteErrorCorrelation } from './error-correlation';
import { GraphQLErrorFormatter } from './error-formatter';

const formatter = new GraphQLErrorFormatter();

/** What Apollo hands `formatError` for an error thrown in a resolver (noted by the exception filter). */
function fromResolver(original: Error): GraphQLFormattedError {
  noteErrorCorrelation(original, 'corr-1');
  const error = new GraphQLError(original.message, { path: ['field'], originalError: original });
  return formatter.format(error.toJSON(), error);
}

describe('GraphQLErrorFormatter', () => {
  beforeAll(() => {
    Logger.overrideLogger(false);
  });

  it.each([
    [ErrorCode.NOT_FOUND, 'NOT_FOUND'],
    [ErrorCode.CONFLICT, 'CONFLICT'],
    [ErrorCode.UNAUTHENTICATED, 'UNAUTHENTICATED'],
    [ErrorCode.FORBIDDEN, 'FORBIDDEN'],
    [ErrorCode.RATE_LIMITED, 'RATE_LIMITED'],
  ])('passes a service %s on with its message', (code, expected) => {
    const formatted = fromResolver(
      new RpcError('membership.person.update', { code, message: 'person 1 was not found' }),
    );
    expect(formatted).toMatchObject({
      message: 'person 1 was not found',
      path: ['field'],
      extensions: { code: expected },
    });
  });

  it('names the input that pointed at nothing in NOT_FOUND, when the service says', () => {
    const formatted = fromResolver(
      new RpcError('membership.relationship.create', {
        code: ErrorCode.NOT_FOUND,
        message: 'toPersonId: person 1 was not found',
        details: { field: 'toPersonId' },
      }),
    );
    expect(formatted.extensions).toEqual({ code: 'NOT_FOUND', field: 'toPersonId' });
  });

  it("passes the domain's specific reason on beside the code", () => {
    const formatted = fromResolver(
      new RpcError('membership.person.create', {
        code: ErrorCode.CONFLICT,
        reason: 'EMAIL_TAKEN',
        message: 'another person in this coalition already has this email',
        details: { field: 'email' },
      }),
    );
    expect(formatted.extensions).toEqual({ code: 'CONFLICT', reason: 'EMAIL_TAKEN', field: 'email' });
  });

  it('leaves no reason on an internal failure', () => {
    const formatted = fromResolver(
      new RpcError('membership.person.create', {
        code: ErrorCode.INTERNAL,
        reason: 'SECRET',
        message: 'boom',
      }),
    );
    expect(formatted.extensions).toEqual({ code: 'INTERNAL', correlationId: 'corr-1' });
  });

  it('keeps the field and issues of BAD_USER_INPUT', () => {
    const issues = [{ field: 'email', message: 'must be a valid email address' }];
    const formatted = fromResolver(
      new RpcError('membership.person.create', {
        code: ErrorCode.BAD_USER_INPUT,
        message: 'email must be…',
        details: { field: 'email', issues },
      }),
    );
    expect(formatted.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'email', issues });
  });

  it('answers a service that is down or silent as UNAVAILABLE, retriable, naming the service', () => {
    const formatted = fromResolver(
      new RpcError('membership.person.create', {
        code: ErrorCode.UNAVAILABLE,
        message: 'membership.person.create timed out',
      }),
    );
    expect(formatted.extensions).toEqual({ code: 'UNAVAILABLE', service: 'membership', retriable: true });
    expect(formatted.message).toContain('The membership service is unavailable right now');
  });

  it.each([ErrorCode.TENANT_REQUIRED, ErrorCode.INTERNAL])(
    'hides a service %s behind INTERNAL and the correlation id',
    (code) => {
      const formatted = fromResolver(
        new RpcError('membership.person.create', {
          code,
          message: 'no responders: membership.person.create',
        }),
      );
      expect(formatted.extensions).toEqual({ code: 'INTERNAL', correlationId: 'corr-1' });
      expect(formatted.message).not.toContain('membership');
      expect(formatted.message).toContain('corr-1');
    },
  );

  it('hides unexpected errors behind INTERNAL', () => {
    const formatted = fromResolver(new TypeError("Cannot read properties of undefined (reading 'id')"));
    expect(formatted).toMatchObject({ extensions: { code: 'INTERNAL' } });
    expect(formatted.message).not.toContain('undefined');
  });

  it('turns request errors into BAD_USER_INPUT naming the field', () => {
    const coercion = new GraphQLError(
      'Variable "$input" got invalid value 5 at "input.email"; String cannot represent a non string value: 5',
      {
        extensions: { code: 'BAD_USER_INPUT' },
      },
    );
    expect(formatter.format(coercion.toJSON(), coercion).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'email',
    });
    const validation = new GraphQLError('Cannot query field "nope" on type "Query".', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(formatter.format(validation.toJSON(), validation).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
  });

  it('keeps the gateway’s own public errors', () => {
    const error = new GraphQLError('too many attempts', {
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 30 },
    });
    expect(formatter.format(error.toJSON(), error).extensions).toEqual({
      code: 'RATE_LIMITED',
      retryAfterSeconds: 30,
    });
  });
});
