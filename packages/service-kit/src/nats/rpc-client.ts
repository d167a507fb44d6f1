import { Inject, Injectable, Optional, type OnApplicationShutdown } from '@nestjs/common';
import {
  ErrorCode,
  platformRpc,
  type PlatformRpc,
  type RpcReply,
  type RpcRequest,
  type RpcResult,
  type Subject,
} from '@groundwork/contracts';
import { errors, type NatsConnection } from '@nats-io/transport-node';
import {
  CURRENT_REQUEST_CONTEXT,
  type CurrentRequestContext,
  type RequestContext,
} from '../context/request-context';
import { RpcError } from '../errors/rpc-error';
import { contextHeaders } from './message-headers';
import { Namespace } from './namespace';
import { NATS_CONNECTION } from './nats.tokens';
import { ReplyInbox } from './reply-inbox';

export interface RpcCallOptions {
  /** Overrides the ambient context, e.g. in the gateway where each request carries its own. */
  context?: RequestContext;
  timeoutMs?: number;
}

/**
 * Typed request-reply over NATS. Sets the tenant, actor and correlation headers from the context,
 * applies a timeout, and throws `RpcError` for error replies so callers handle one error type.
 */
@Injectable()
export class RpcClient implements OnApplicationShutdown {
  private sent = 0;
  private readonly inbox: ReplyInbox;

  constructor(
    @Inject(NATS_CONNECTION) nats: NatsConnection,
    private readonly namespace: Namespace,
    @Inject('RPC_TIMEOUT_MS') private readonly defaultTimeoutMs: number,
    /** Absent in the gateway, which passes every call's context explicitly. */
    @Optional() @Inject(CURRENT_REQUEST_CONTEXT) private readonly currentContext?: CurrentRequestContext,
  ) {
    this.inbox = new ReplyInbox(nats);
  }

  onApplicationShutdown(): void {
    this.inbox.close();
  }

  /** Requests sent since start; the benchmark reads it to count NATS hops per GraphQL request. */
  get requestsSent(): number {
    return this.sent;
  }

  async request<S extends Subject>(
    subject: S,
    data: RpcRequest<PlatformRpc[S]>,
    options: RpcCallOptions = {},
  ): Promise<RpcResult<PlatformRpc[S]>> {
    const context = options.context ?? this.currentContext?.();
    if (platformRpc[subject].tenant && !context?.tenantId) {
      throw new RpcError(subject, { code: ErrorCode.TENANT_REQUIRED, message: `${subject} needs a tenant` });
    }
    this.sent += 1;
    let reply: RpcReply<RpcResult<PlatformRpc[S]>>;
    try {
      const message = await this.inbox.request(
        this.namespace.subject(subject),
        JSON.stringify(data),
        contextHeaders(context),
        options.timeoutMs ?? this.defaultTimeoutMs,
      );
      reply = message.json<RpcReply<RpcResult<PlatformRpc[S]>>>();
    } catch (error) {
      throw new RpcError(subject, {
        code: ErrorCode.UNAVAILABLE,
        message: describeTransportError(subject, error),
      });
    }
    if (!reply.ok) throw new RpcError(subject, reply.error);
    return reply.data;
  }
}

function describeTransportError(subject: string, error: unknown): string {
  if (error instanceof errors.NoRespondersError) return `no service is answering ${subject}`;
  if (error instanceof errors.TimeoutError) return `${subject} timed out`;
  return `${subject} failed: ${error instanceof Error ? error.message : String(error)}`;
}
