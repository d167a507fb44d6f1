import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ClsService, ClsServiceManager } from 'nestjs-cls';
import { ActorType, uuid, type Actor } from '@groundwork/contracts';
import type { RequestContext, SystemReason } from './request-context';

const CONTEXT_KEY = 'groundwork.context';
const isUuid = uuid();

export class TenantContextMissingError extends Error {
  constructor() {
    super('No tenant in context: this work must run inside a tenant (or through a named system path)');
    this.name = 'TenantContextMissingError';
  }
}

/** The request context held in async-local storage; it fails closed when the tenant is needed but absent. */
@Injectable()
export class TenantContext {
  constructor(private readonly cls: ClsService) {}

  run<T>(context: RequestContext, fn: () => Promise<T>): Promise<T> {
    return this.cls.run({ ifNested: 'override' }, () => {
      this.cls.set(CONTEXT_KEY, context);
      return fn();
    });
  }

  /** Runs work that has no tenant for one named reason; see `SystemReason`. */
  runAsSystem<T>(reason: SystemReason, fn: () => Promise<T>): Promise<T> {
    const current = this.current();
    return this.run(
      {
        tenantId: null,
        actor: current?.actor ?? null,
        correlationId: current?.correlationId ?? randomUUID(),
        systemReason: reason,
      },
      fn,
    );
  }

  /**
   * Inside `runAsSystem`, makes the tenant known to the rest of the work once it is found (sign-up,
   * invitation acceptance); only the surrounding run's context changes.
   */
  enter(tenantId: string): void {
    const current = this.current();
    if (!current) throw new TenantContextMissingError();
    this.cls.set(CONTEXT_KEY, { ...current, tenantId });
  }

  current(): RequestContext | undefined {
    return this.cls.isActive() ? this.cls.get<RequestContext | undefined>(CONTEXT_KEY) : undefined;
  }

  tenantId(): string {
    const tenantId = this.current()?.tenantId;
    if (!tenantId) throw new TenantContextMissingError();
    return tenantId;
  }

  actor(): Actor | null {
    return this.current()?.actor ?? null;
  }

  /**
   * The user to record in "who" fields (changed_by, recorded_by, created_by…): the acting user, or null
   * when an API token or the system acted, or when the header names no valid user id (the gateway
   * authenticates actors; a raw caller's header must not reach a uuid column).
   */
  actingUserId(): string | null {
    const actor = this.actor();
    return actor?.type === ActorType.USER && isUuid.safeParse(actor.id).success ? actor.id : null;
  }

  correlationId(): string {
    return this.current()?.correlationId ?? 'none';
  }

  systemReason(): SystemReason | undefined {
    return this.current()?.systemReason;
  }
}

/** For code outside Nest's injector (loggers): the current context, if any. */
export function currentRequestContext(): RequestContext | undefined {
  const cls = ClsServiceManager.getClsService();
  return cls.isActive() ? cls.get<RequestContext | undefined>(CONTEXT_KEY) : undefined;
}
