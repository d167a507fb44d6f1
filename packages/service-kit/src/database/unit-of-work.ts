import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { SystemReason } from '../context/request-context';
import { TenantContext } from '../context/tenant-context';

export type Tx = TransactionHost<TransactionalAdapterTypeOrm>;

const SET_TENANT = `select set_config('app.tenant_id', $1, true), set_config('app.system_context', '', true)`;

/**
 * Every unit of work is one transaction whose first statement scopes it: to the tenant in context
 * (`app.tenant_id`, read by every row-level security policy), or to one named system reason
 * (`app.system_context`, admitted only by the policies written for that reason). `set_config(..., true)`
 * is local to the transaction, so a pooled connection never carries a tenant into the next one.
 * Setting a tenant clears the system reason in the same statement: work inside a tenant never keeps
 * the wider reach of the system path that found the tenant.
 */
@Injectable()
export class UnitOfWork {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
  ) {}

  /** Callbacks to run once the outermost unit of work commits, by its transaction's entity manager. */
  private readonly committed = new WeakMap<object, Array<() => void | Promise<void>>>();

  /** Runs `fn` in a transaction scoped to the tenant in context; throws when there is none. */
  run<T>(fn: () => Promise<T>): Promise<T> {
    const tenantId = this.context.tenantId();
    return this.transaction(async () => {
      await this.txHost.tx.query(SET_TENANT, [tenantId]);
      return fn();
    });
  }

  /** Whether a unit of work is open in this context. */
  inTransaction(): boolean {
    return this.txHost.isTransactionActive();
  }

  /**
   * Runs `callback` once the unit of work in progress has committed (never if it rolls back), or at
   * once outside one. For work that must see the committed data from another connection. The unit of
   * work returns after a promise the callback returns has settled, so it must not reject.
   */
  afterCommit(callback: () => void | Promise<void>): void {
    if (!this.txHost.isTransactionActive()) {
      void callback();
      return;
    }
    const key = this.txHost.tx;
    const callbacks = this.committed.get(key);
    if (callbacks) callbacks.push(callback);
    else this.committed.set(key, [callback]);
  }

  /** Runs `fn` without a tenant, for one reviewed reason whose policies admit only what it needs. */
  runAsSystem<T>(reason: SystemReason, fn: () => Promise<T>): Promise<T> {
    return this.context.runAsSystem(reason, () =>
      this.transaction(async () => {
        await this.txHost.tx.query(`select set_config('app.system_context', $1, true)`, [reason]);
        return fn();
      }),
    );
  }

  /**
   * Inside `runAsSystem`, switches the same transaction to a tenant once it is known (sign-up creates
   * the tenant, then writes its first rows under its policy).
   */
  async enterTenant(tenantId: string): Promise<void> {
    if (!this.txHost.isTransactionActive()) throw new Error('enterTenant needs an active unit of work');
    await this.txHost.tx.query(SET_TENANT, [tenantId]);
    this.context.enter(tenantId);
  }

  /** A transaction (or the one in progress, joined), then its after-commit callbacks if it was the outermost. */
  private async transaction<T>(fn: () => Promise<T>): Promise<T> {
    if (this.txHost.isTransactionActive()) return this.txHost.withTransaction(fn);
    let key: object | undefined;
    const result = await this.txHost.withTransaction(() => {
      key = this.txHost.tx;
      return fn();
    });
    const callbacks = key ? this.committed.get(key) : undefined;
    if (key) this.committed.delete(key);
    for (const callback of callbacks ?? []) await callback();
    return result;
  }

  /**
   * Inside `runAsSystem`, names the tenant this unit of work is creating (sign-up), before its first row
   * is written: the seeding policies admit rows of that tenant only (`app.seed_tenant`).
   */
  async seedTenant(tenantId: string): Promise<void> {
    if (!this.txHost.isTransactionActive()) throw new Error('seedTenant needs an active unit of work');
    await this.txHost.tx.query(`select set_config('app.seed_tenant', $1, true)`, [tenantId]);
  }
}
