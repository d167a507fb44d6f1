import { randomUUID } from 'node:crypto';
import {
  Header,
  type ErrorBody,
  type PlatformRpc,
  type RpcReply,
  type RpcRequest,
  type RpcResult,
  type Subject,
} from '@groundwork/contracts';
import { natsConnectOptions } from '@groundwork/service-kit/client';
import { connect, headers as natsHeaders, type NatsConnection } from '@nats-io/transport-node';

export interface RawCallContext {
  tenantId?: string | null;
  actorId?: string;
  actorType?: 'user' | 'api-token' | 'system';
}

/** What a caller sends to subject `S` (the input type of its request schema). */
export type RawRequest<S extends Subject> = RpcRequest<PlatformRpc[S]>;

/** What subject `S` answers when it succeeds. */
export type RawReply<S extends Subject> = RpcResult<PlatformRpc[S]>;

/**
 * A NATS caller for tests. Subjects are typed, so a renamed or removed subject fails to compile, and
 * `ok` types its request and its reply by the subject. `call` and `error` take any body: they can
 * send what a typed client never would (missing tenant, wrong types, hostile strings).
 */
export class RawRpc {
  private constructor(
    private readonly nats: NatsConnection,
    private readonly namespace: string,
  ) {}

  static async connect(namespace = process.env.NATS_NAMESPACE ?? ''): Promise<RawRpc> {
    return new RawRpc(
      await connect(natsConnectOptions(process.env.NATS_URL ?? 'nats://127.0.0.1:4222')),
      namespace,
    );
  }

  async call<S extends Subject>(
    subject: S,
    body: unknown,
    context: RawCallContext = {},
  ): Promise<RpcReply<RawReply<S>>> {
    const headers = natsHeaders();
    headers.set(Header.CORRELATION_ID, randomUUID());
    if (context.tenantId) headers.set(Header.TENANT_ID, context.tenantId);
    if (context.actorId) {
      headers.set(Header.ACTOR_ID, context.actorId);
      headers.set(Header.ACTOR_TYPE, context.actorType ?? 'user');
    }
    const full = this.namespace ? `${this.namespace}.${subject}` : subject;
    const reply = await this.nats.request(full, JSON.stringify(body), { timeout: 10_000, headers });
    return reply.json<RpcReply<RawReply<S>>>();
  }

  /** Calls and expects success; fails the test with the error body otherwise. */
  async ok<S extends Subject>(
    subject: S,
    body: RawRequest<S>,
    context: RawCallContext = {},
  ): Promise<RawReply<S>> {
    const reply = await this.call(subject, body, context);
    if (!reply.ok) throw new Error(`${subject} failed: ${JSON.stringify(reply.error)}`);
    return reply.data;
  }

  /** Calls and expects an error reply; returns it. */
  async error<S extends Subject>(
    subject: S,
    body: unknown,
    context: RawCallContext = {},
  ): Promise<ErrorBody> {
    const reply = await this.call(subject, body, context);
    if (reply.ok) throw new Error(`${subject} unexpectedly succeeded: ${JSON.stringify(reply.data)}`);
    return reply.error;
  }

  get connection(): NatsConnection {
    return this.nats;
  }

  async close(): Promise<void> {
    await this.nats.drain();
  }
}
