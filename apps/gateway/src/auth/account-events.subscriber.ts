import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { accountEvents, EventEnvelopeSchema, type EventDefinition } from '@groundwork/contracts';
import { NATS_CONNECTION, Namespace } from '@groundwork/service-kit/client';
import type { NatsConnection, Subscription } from '@nats-io/transport-node';
import type { z } from 'zod';
import { AuthorizationCache } from './authorization-cache';

/**
 * Empties the authorization cache as membership's account events happen: a role change or removal
 * forgets the user's sessions, a logout its session, a revocation its API token. Plain NATS
 * subscriptions on the events' subjects (what the outbox relay publishes to JetStream reaches core
 * subscribers too): every gateway instance sees every event and keeps no durable state; events
 * published while the connection was down are covered by forgetting everything on disconnect and
 * reconnect.
 */
@Injectable()
export class AccountEventsSubscriber implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(AccountEventsSubscriber.name);
  private readonly subscriptions: Subscription[] = [];

  constructor(
    @Inject(NATS_CONNECTION) private readonly nats: NatsConnection,
    private readonly namespace: Namespace,
    private readonly cache: AuthorizationCache,
  ) {}

  onModuleInit(): void {
    this.on(accountEvents.userRoleChanged, (tenantId, { userId }) => this.cache.forgetUser(tenantId, userId));
    this.on(accountEvents.userRemoved, (tenantId, { userId }) => this.cache.forgetUser(tenantId, userId));
    this.on(accountEvents.sessionEnded, (_tenantId, { sessionId }) => this.cache.forgetSession(sessionId));
    this.on(accountEvents.apiTokenRevoked, (_tenantId, { apiTokenId }) =>
      this.cache.forgetApiToken(apiTokenId),
    );
    void this.watchConnection();
  }

  onApplicationShutdown(): void {
    for (const subscription of this.subscriptions) subscription.unsubscribe();
  }

  private on<E extends EventDefinition>(
    event: E,
    apply: (tenantId: string, data: z.output<E['data']>) => void,
  ): void {
    const subscription = this.nats.subscribe(this.namespace.subject(event.subject), {
      callback: (error, message) => {
        if (error) return this.forgetAll(`the ${event.type} subscription failed: ${error.message}`);
        const envelope = EventEnvelopeSchema.safeParse(safeJson(message.string()));
        const data = envelope.success ? event.data.safeParse(envelope.data.data) : undefined;
        if (!envelope.success || !data?.success) return this.forgetAll(`an unreadable ${event.type} event`);
        apply(envelope.data.tenantId, data.data as z.output<E['data']>);
      },
    });
    this.subscriptions.push(subscription);
  }

  private async watchConnection(): Promise<void> {
    for await (const status of this.nats.status()) {
      if (status.type === 'disconnect' || status.type === 'reconnect') this.forgetAll(`NATS ${status.type}`);
    }
  }

  private forgetAll(why: string): void {
    this.logger.warn(`authorization cache cleared: ${why}`);
    this.cache.forgetAll();
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
