import { randomUUID } from 'node:crypto';
import { ActorType, membershipEvents, type EventEnvelope } from '@groundwork/contracts';
import { inOneWrite } from '@groundwork/service-kit/client';
import { Pool, type QueryConfig, type QueryResultRow } from 'pg';
import { COLUMNS, toPerson, type PersonRow, type PeoplePage } from '../baseline/people.store';
import type { Person } from '../baseline/models';

const SCOPE_SQL = `select set_config('app.tenant_id', $1, true)`;
const BY_ID_SQL = `SELECT ${COLUMNS} FROM membership.people WHERE tenant_id = $1 AND id = $2`;
const COUNT_SQL = `SELECT count(*)::int AS count FROM membership.people WHERE tenant_id = $1 AND archived_at IS NULL`;
const PAGE_SQL = `SELECT ${COLUMNS} FROM membership.people WHERE tenant_id = $1 AND archived_at IS NULL
  ORDER BY created_at DESC, id DESC LIMIT $2`;
const PAGE_AFTER_SQL = `SELECT ${COLUMNS} FROM membership.people WHERE tenant_id = $1 AND archived_at IS NULL
  AND (created_at, id) < ($2, $3) ORDER BY created_at DESC, id DESC LIMIT $4`;
const INSERT_PERSON_SQL = `INSERT INTO membership.people (tenant_id, id, first_name, last_name, email, tags, created_at, updated_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING ${COLUMNS}`;
const INSERT_OUTBOX_SQL = `INSERT INTO membership.outbox (tenant_id, id, subject, envelope) VALUES ($1, $2, $3, $4)`;

export interface NewPerson {
  firstName: string;
  lastName: string;
  email?: string | null;
  tags?: string[] | null;
}

/**
 * membership.people the way the Apollo baselines read and write it: what an engineer would write by
 * hand on pg, with the same pipelining as service-kit's `TenantReads`. Each call is one transaction
 * whose first statement sets the tenant for row-level security, sent with the statements and COMMIT in
 * one write on a pipelined connection, every fixed statement prepared once per connection.
 */
export class PipelinedPeople {
  private readonly pool: Pool;

  constructor(url: string, poolSize: number, applicationName: string) {
    this.pool = new Pool({
      connectionString: url,
      max: poolSize,
      application_name: applicationName,
      pipeline: true,
    });
  }

  async byId(tenantId: string, id: string): Promise<Person | null> {
    const [rows] = await this.transaction(tenantId, 'BEGIN READ ONLY', [
      { name: 'by-id', text: BY_ID_SQL, values: [tenantId, id] },
    ]);
    const row = rows?.[0] as PersonRow | undefined;
    return row ? toPerson(row) : null;
  }

  /** Newest first, keyset on `(created_at, id)`; the count of people not archived. */
  async page(tenantId: string, first: number, after?: { createdAt: Date; id: string }): Promise<PeoplePage> {
    const [count, rows] = await this.transaction(tenantId, 'BEGIN READ ONLY', [
      { name: 'count', text: COUNT_SQL, values: [tenantId] },
      after
        ? {
            name: 'page-after',
            text: PAGE_AFTER_SQL,
            values: [tenantId, after.createdAt, after.id, first + 1],
          }
        : { name: 'page', text: PAGE_SQL, values: [tenantId, first + 1] },
    ]);
    const people = (rows ?? []) as PersonRow[];
    return {
      people: people.slice(0, first).map(toPerson),
      hasMore: people.length > first,
      totalCount: (count?.[0] as { count: number } | undefined)?.count ?? 0,
    };
  }

  /** The person and its `person.created` event in the outbox, in one transaction. */
  async create(tenantId: string, actorId: string, input: NewPerson): Promise<Person> {
    const id = randomUUID();
    const now = new Date();
    const event = membershipEvents.personCreated;
    const envelope: EventEnvelope = {
      id: randomUUID(),
      type: event.type,
      version: event.version,
      tenantId,
      occurredAt: now.toISOString(),
      actor: { id: actorId, type: ActorType.USER },
      correlationId: randomUUID(),
      data: { personId: id, createdAt: now.toISOString() },
    };
    const [rows] = await this.transaction(tenantId, 'BEGIN', [
      {
        name: 'insert-person',
        text: INSERT_PERSON_SQL,
        values: [tenantId, id, input.firstName, input.lastName, input.email ?? null, input.tags ?? [], now],
      },
      {
        name: 'insert-outbox',
        text: INSERT_OUTBOX_SQL,
        values: [tenantId, envelope.id, event.subject, JSON.stringify(envelope)],
      },
    ]);
    return toPerson(rows![0] as PersonRow);
  }

  end(): Promise<void> {
    return this.pool.end();
  }

  private async transaction(
    tenantId: string,
    begin: string,
    statements: QueryConfig[],
  ): Promise<QueryResultRow[][]> {
    const client = await this.pool.connect();
    try {
      const sent = inOneWrite(client, () => [
        client.query(begin),
        client.query({ name: 'scope', text: SCOPE_SQL, values: [tenantId] }),
        ...statements.map((statement) => client.query(statement)),
        client.query('COMMIT'),
      ]);
      const settled = await Promise.allSettled(sent);
      const failure = settled.find((outcome) => outcome.status === 'rejected');
      if (failure) throw failure.reason;
      return settled
        .slice(2, 2 + statements.length)
        .map((outcome) => (outcome as PromiseFulfilledResult<{ rows: QueryResultRow[] }>).value.rows);
    } finally {
      client.release();
    }
  }
}
