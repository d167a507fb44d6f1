import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { WeeklyOneOnOnesDto } from '@groundwork/contracts';
import { TenantContext } from '@groundwork/service-kit';
import { OneOnOneEntity } from './one-on-one.entity';

export interface OneOnOnesQuery {
  limit: number;
  after?: { heldOn: string; id: string };
  personId?: string;
  organizerId?: string;
  from?: string;
  to?: string;
}

const COLUMNS = `tenant_id AS "tenantId", id, organizer_id AS "organizerId", person_id AS "personId",
  held_on::text AS "heldOn", duration_minutes AS "durationMinutes", place, self_interest AS "selfInterest", concerns,
  commitment_asked AS "commitmentAsked", commitment_made AS "commitmentMade", next_step AS "nextStep",
  next_step_due_on::text AS "nextStepDueOn", relationship_strength AS "relationshipStrength",
  created_at AS "createdAt", updated_at AS "updatedAt"`;

/** The columns an update writes, in parameter order after tenant and id. */
const WRITABLE = [
  ['organizer_id', 'organizerId'],
  ['person_id', 'personId'],
  ['held_on', 'heldOn'],
  ['duration_minutes', 'durationMinutes'],
  ['place', 'place'],
  ['self_interest', 'selfInterest'],
  ['concerns', 'concerns'],
  ['commitment_asked', 'commitmentAsked'],
  ['commitment_made', 'commitmentMade'],
  ['next_step', 'nextStep'],
  ['next_step_due_on', 'nextStepDueOn'],
  ['relationship_strength', 'relationshipStrength'],
  ['updated_at', 'updatedAt'],
] as const;

/** One-on-ones of the tenant in context, inside the current unit of work. */
@Injectable()
export class OneOnOneRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
  ) {}

  async insert(oneOnOne: OneOnOneEntity): Promise<void> {
    const columns = ['tenant_id', 'id', 'created_at', ...WRITABLE.map(([column]) => column)];
    const values = [
      oneOnOne.tenantId,
      oneOnOne.id,
      oneOnOne.createdAt,
      ...WRITABLE.map(([, field]) => oneOnOne[field]),
    ];
    await this.txHost.tx.query(
      `INSERT INTO membership.one_on_ones (${columns.join(', ')}) VALUES (${values.map((_, index) => `$${index + 1}`).join(', ')})`,
      values,
    );
  }

  async save(oneOnOne: OneOnOneEntity): Promise<void> {
    const assignments = WRITABLE.map(([column], index) => `${column} = $${index + 3}`).join(', ');
    await this.txHost.tx.query(
      `UPDATE membership.one_on_ones SET ${assignments} WHERE tenant_id = $1 AND id = $2`,
      [oneOnOne.tenantId, oneOnOne.id, ...WRITABLE.map(([, field]) => oneOnOne[field])],
    );
  }

  async findById(id: string, lock = false): Promise<OneOnOneEntity | null> {
    const rows = await this.read(
      `SELECT ${COLUMNS} FROM membership.one_on_ones WHERE tenant_id = $1 AND id = $2${lock ? ' FOR UPDATE' : ''}`,
      [this.context.tenantId(), id],
    );
    return rows[0] ?? null;
  }

  /** Newest first (held on, then id), through the index of whichever filter leads. */
  async page(
    query: OneOnOnesQuery,
  ): Promise<{ rows: OneOnOneEntity[]; hasMore: boolean; totalCount: number }> {
    const filters = ['tenant_id = $1'];
    const parameters: unknown[] = [this.context.tenantId()];
    const add = (condition: (placeholder: string) => string, value: unknown) => {
      parameters.push(value);
      filters.push(condition(`$${parameters.length}`));
    };
    if (query.personId) add((p) => `person_id = ${p}::uuid`, query.personId);
    if (query.organizerId) add((p) => `organizer_id = ${p}::uuid`, query.organizerId);
    if (query.from) add((p) => `held_on >= ${p}::date`, query.from);
    if (query.to) add((p) => `held_on <= ${p}::date`, query.to);
    const filtered = filters.join(' AND ');
    const [count] = await this.txHost.tx.query<Array<{ count: number }>>(
      `SELECT count(*)::int AS count FROM membership.one_on_ones WHERE ${filtered}`,
      parameters,
    );
    const pageParameters = [...parameters];
    let keyset = '';
    if (query.after) {
      pageParameters.push(query.after.heldOn, query.after.id);
      keyset = ` AND (held_on, id) < ($${pageParameters.length - 1}::date, $${pageParameters.length}::uuid)`;
    }
    pageParameters.push(query.limit + 1);
    const rows = await this.read(
      `SELECT ${COLUMNS} FROM membership.one_on_ones WHERE ${filtered}${keyset}
       ORDER BY held_on DESC, id DESC LIMIT $${pageParameters.length}`,
      pageParameters,
    );
    return {
      rows: rows.slice(0, query.limit),
      hasMore: rows.length > query.limit,
      totalCount: count?.count ?? 0,
    };
  }

  /** Counts per organizer per ISO week (weeks start on Monday), read from `one_on_ones_keyset`. */
  async weeklyCounts(from: string, to: string, organizerId?: string): Promise<WeeklyOneOnOnesDto[]> {
    const parameters: unknown[] = [this.context.tenantId(), from, to];
    if (organizerId) parameters.push(organizerId);
    return await this.txHost.tx.query<WeeklyOneOnOnesDto[]>(
      `SELECT organizer_id AS "organizerId", (held_on - (extract(isodow FROM held_on)::int - 1))::text AS "weekStart", count(*)::int AS count
       FROM membership.one_on_ones
       WHERE tenant_id = $1 AND held_on >= $2::date AND held_on <= $3::date${organizerId ? ' AND organizer_id = $4::uuid' : ''}
       GROUP BY 1, 2 ORDER BY 2, 1`,
      parameters,
    );
  }

  private async read(sql: string, parameters: unknown[]): Promise<OneOnOneEntity[]> {
    const rows = await this.txHost.tx.query<Array<Partial<OneOnOneEntity>>>(sql, parameters);
    return rows.map((row) => Object.assign(new OneOnOneEntity(), row));
  }
}
