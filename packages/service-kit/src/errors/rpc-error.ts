import type { ErrorBody, ErrorCode, ErrorDetails } from '@groundwork/contracts';

/** An error reply received from another service, or a transport failure, seen by the caller. */
export class RpcError extends Error {
  readonly code: ErrorCode;
  readonly reason?: string;
  readonly details?: ErrorDetails;

  constructor(
    readonly subject: string,
    body: ErrorBody,
  ) {
    super(body.message);
    this.name = 'RpcError';
    this.code = body.code;
    this.reason = body.reason;
    this.details = body.details;
  }
}
