import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { RequestContext } from '../context/request-context';
import { UnitOfWork } from '../database/unit-of-work';
import { IdempotencyException } from './idempotency.errors';
import { IDEMPOTENCY_WINDOW } from './idempotency-keys.sql';

export const IDEMPOTENCY_SCHEMA = Symbol('IDEMPOTENCY_SCHEMA');

interface StoredReply {
  request_hash: string;
  reply: { data: unknown };
}

/**
 * Runs a request sent with an `Idempotency-Key` at most once per tenant, actor, key and subject within
 * 24 hours. The handler runs inside one unit of work that also records its reply, so the write and
 * the record commit together or not at all: a reply lost on the way back (a timeout, a crash after
 * the commit) is found by the retry, and a request that failed left nothing to find. A transaction-
 * scoped advisory lock on the key makes a concurrent retry wait for the first to finish.
 */
@Injectable()
export class IdempotentReplies {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    @Inject(IDEMPOTENCY_SCHEMA) private readonly schema: string,
  ) {}

  /** Whether a request in this context is to be run once: it has a key, a tenant and an actor. */
  applies(context: RequestContext): context is RequestContext & { idempotencyKey: string; tenantId: string } {
    return Boolean(context.idempotencyKey && context.tenantId && context.actor);
  }

  once(
    context: RequestContext & { idempotencyKey: string },
    subject: string,
    request: unknown,
    handler: () => Promise<unknown>,
  ): Promise<unknown> {
    const table = `${this.schema}.idempotency_keys`;
    const actorId = context.actor?.id ?? '';
    const key = context.idempotencyKey;
    const requestHash = createHash('sha256').update(JSON.stringify(request)).digest('base64url');
    return this.uow.run(async () => {
      const tx = this.txHost.tx;
      await tx.query(`select pg_advisory_xact_lock(hashtextextended($1, 0))`, [
        [context.tenantId, actorId, key, subject].join('\n'),
      ]);
      const rows: StoredReply[] = await tx.query(
        `SELECT request_hash, reply FROM ${table}
          WHERE tenant_id = $1 AND actor_id = $2 AND key = $3 AND subject = $4
            AND created_at > now() - interval '${IDEMPOTENCY_WINDOW}'`,
        [context.tenantId, actorId, key, subject],
      );
      const stored = rows[0];
      if (stored) {
        if (stored.request_hash !== requestHash) throw IdempotencyException.keyReused(subject);
        return stored.reply.data;
      }
      const data = await handler();
      // Expired keys of this actor go as new ones arrive, so the table holds about a day of writes.
      await tx.query(
        `DELETE FROM ${table} WHERE tenant_id = $1 AND actor_id = $2 AND created_at <= now() - interval '${IDEMPOTENCY_WINDOW}'`,
        [context.tenantId, actorId],
      );
      await tx.query(
        `INSERT INTO ${table} (tenant_id, actor_id, key, subject, request_hash, reply)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [context.tenantId, actorId, key, subject, requestHash, JSON.stringify({ data: data ?? null })],
      );
      return data;
    });
  }
}
