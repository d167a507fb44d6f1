import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type BeforeApplicationShutdown,
} from '@nestjs/common';
import { DiscoveryService, MetadataScanner, ModuleRef, Reflector } from '@nestjs/core';
import { ErrorCode, type ErrorBody, type RpcDefinition, type RpcReply } from '@groundwork/contracts';
import type { Msg, NatsConnection, Subscription } from '@nats-io/transport-node';
import { TenantContext } from '../context/tenant-context';
import { DomainError } from '../errors/domain-error';
import { validationError } from '../errors/validation';
import { IdempotentReplies } from '../idempotency/idempotent-replies';
import { contextFromHeaders } from './message-headers';
import { Namespace } from './namespace';
import { NATS_CONNECTION, RPC_CONTRACT, SERVICE_NAME, VALIDATE_REPLIES } from './nats.tokens';
import { RPC_HANDLER } from './rpc-handler.decorator';

type Handler = (request: unknown) => Promise<unknown>;

/**
 * Subscribes every `@RpcHandler` method to its subject in the service's queue group, so instances
 * share the load. Per message: restore context from headers, refuse a tenant subject without a
 * tenant, validate the request against its contract, run the handler, reply `{ ok, data | error }`.
 * Under tests it also holds every reply to its schema, so a handler answering the wrong shape fails
 * the tests that call it instead of reaching a caller.
 */
@Injectable()
export class RpcServer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(RpcServer.name);
  private readonly subscriptions: Subscription[] = [];
  /** Present in services that keep idempotency keys (`ServiceKitOptions.idempotentWrites`). */
  private idempotent?: IdempotentReplies;

  constructor(
    @Inject(NATS_CONNECTION) private readonly nats: NatsConnection,
    @Inject(RPC_CONTRACT) private readonly contract: Record<string, RpcDefinition>,
    @Inject(SERVICE_NAME) private readonly serviceName: string,
    @Inject(VALIDATE_REPLIES) private readonly validateReplies: boolean,
    private readonly namespace: Namespace,
    private readonly context: TenantContext,
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    private readonly moduleRef: ModuleRef,
  ) {}

  onApplicationBootstrap(): void {
    this.idempotent = this.optionalIdempotentReplies();
    for (const [subject, handler] of this.discoverHandlers()) {
      const definition = this.contract[subject];
      if (!definition) throw new Error(`@RpcHandler('${subject}') has no contract in ${this.serviceName}`);
      const subscription = this.nats.subscribe(this.namespace.subject(subject), {
        queue: this.serviceName,
        callback: (error, message) => {
          if (error) {
            this.logger.error(`subscription ${subject} failed: ${error.message}`);
            return;
          }
          void this.answer(subject, definition, handler, message);
        },
      });
      this.subscriptions.push(subscription);
    }
    this.logger.log(`answering ${this.subscriptions.length} subjects in queue group ${this.serviceName}`);
  }

  /** Stops taking requests and lets those in flight finish, before any module closes the connection. */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.subscriptions.map((subscription) => subscription.drain()));
  }

  private async answer(
    subject: string,
    definition: RpcDefinition,
    handler: Handler,
    message: Msg,
  ): Promise<void> {
    const context = contextFromHeaders(message.headers);
    const reply = await this.context.run(context, async (): Promise<RpcReply<unknown>> => {
      if (definition.tenant && !context.tenantId) {
        return failure({
          code: ErrorCode.TENANT_REQUIRED,
          message: `${subject} needs the ${'x-tenant-id'} header`,
        });
      }
      let body: unknown;
      try {
        body = message.data.length > 0 ? message.json() : {};
      } catch {
        return failure({ code: ErrorCode.BAD_USER_INPUT, message: 'request body is not JSON' });
      }
      const parsed = definition.request.safeParse(body);
      if (!parsed.success) return failure(validationError(parsed.error));
      try {
        const run = () => handler(parsed.data);
        const data = this.idempotent?.applies(context)
          ? await this.idempotent.once(context, subject, parsed.data, run)
          : await run();
        return this.validateReplies ? this.checkedReply(subject, definition, data) : { ok: true, data };
      } catch (error) {
        if (error instanceof DomainError) return failure(error.toBody());
        this.logger.error({ msg: `${subject} failed`, err: error });
        return failure({
          code: ErrorCode.INTERNAL,
          message: `internal error (correlation id ${context.correlationId})`,
        });
      }
    });
    if (message.reply) message.respond(JSON.stringify(reply));
  }

  private optionalIdempotentReplies(): IdempotentReplies | undefined {
    try {
      return this.moduleRef.get(IdempotentReplies, { strict: false });
    } catch {
      return undefined;
    }
  }

  private checkedReply(subject: string, definition: RpcDefinition, data: unknown): RpcReply<unknown> {
    const checked = definition.reply.safeParse(data);
    if (checked.success) return { ok: true, data };
    const issues = checked.error.issues.map(
      (issue) => `${issue.path.join('.') || '(reply)'}: ${issue.message}`,
    );
    this.logger.error({ msg: `${subject} answered a reply its contract refuses`, issues });
    return failure({
      code: ErrorCode.INTERNAL,
      message: `the reply of ${subject} does not match its contract: ${issues.join('; ')}`,
    });
  }

  private discoverHandlers(): Map<string, Handler> {
    const handlers = new Map<string, Handler>();
    for (const wrapper of [...this.discovery.getControllers(), ...this.discovery.getProviders()]) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const fn = instance[method];
        if (typeof fn !== 'function') continue;
        const subject = this.reflector.get<string | undefined>(
          RPC_HANDLER,
          fn as (...args: unknown[]) => unknown,
        );
        if (!subject) continue;
        if (handlers.has(subject)) throw new Error(`two handlers for ${subject}`);
        handlers.set(subject, (request) => (fn as Handler).call(instance, request));
      }
    }
    return handlers;
  }
}

function failure(error: ErrorBody): RpcReply<never> {
  return { ok: false, error };
}
