import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { DemographicDimension } from '@groundwork/contracts';
import { TenantContext } from '@groundwork/service-kit';
import type { PersonDemographics } from './person-demographics';

interface DemographicsRow {
  person_id: string;
  age_range: PersonDemographics['ageRange'];
  gender: PersonDemographics['gender'];
  race_ethnicity: PersonDemographics['raceEthnicity'];
  disability: PersonDemographics['disability'];
  housing_situation: PersonDemographics['housingSituation'];
  migration_background: PersonDemographics['migrationBackground'];
  languages: string[] | null;
  updated_at: Date;
}

export interface CategoryCount {
  dimension: DemographicDimension;
  category: string;
  count: number;
}

/** Columns per report dimension; list answers count once per category chosen. */
const SINGLE_DIMENSIONS: Array<[DemographicDimension, string]> = [
  ['AGE_RANGE', 'age_range'],
  ['GENDER', 'gender'],
  ['DISABILITY', 'disability'],
  ['HOUSING_SITUATION', 'housing_situation'],
  ['MIGRATION_BACKGROUND', 'migration_background'],
];
const LIST_DIMENSIONS: Array<[DemographicDimension, string]> = [
  ['RACE_ETHNICITY', 'race_ethnicity'],
  ['LANGUAGES', 'languages'],
];

/** `person_demographics`: one row per person who answered anything. */
@Injectable()
export class PersonDemographicsRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
  ) {}

  /** Which of `personIds` are people of this coalition, and whether each is archived. */
  async people(personIds: string[]): Promise<Map<string, { archived: boolean }>> {
    const rows: Array<{ id: string; archived: boolean }> = await this.txHost.tx.query(
      `SELECT id, archived_at IS NOT NULL AS archived FROM membership.people WHERE tenant_id = $1 AND id = ANY($2::uuid[])`,
      [this.context.tenantId(), personIds],
    );
    return new Map(rows.map((row) => [row.id, { archived: row.archived }]));
  }

  async findByPersonIds(personIds: string[]): Promise<PersonDemographics[]> {
    const rows: DemographicsRow[] = await this.txHost.tx.query(
      `SELECT * FROM membership.person_demographics WHERE tenant_id = $1 AND person_id = ANY($2::uuid[])`,
      [this.context.tenantId(), personIds],
    );
    return rows.map(toDemographics);
  }

  async upsert(answers: PersonDemographics, updatedBy: string): Promise<void> {
    await this.txHost.tx.query(
      `INSERT INTO membership.person_demographics (tenant_id, person_id, age_range, gender, race_ethnicity, disability,
         housing_situation, migration_background, languages, updated_at, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (tenant_id, person_id) DO UPDATE SET age_range = excluded.age_range, gender = excluded.gender,
         race_ethnicity = excluded.race_ethnicity, disability = excluded.disability,
         housing_situation = excluded.housing_situation, migration_background = excluded.migration_background,
         languages = excluded.languages, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
      [
        this.context.tenantId(),
        answers.personId,
        answers.ageRange,
        answers.gender,
        answers.raceEthnicity,
        answers.disability,
        answers.housingSituation,
        answers.migrationBackground,
        answers.languages,
        answers.updatedAt,
        updatedBy,
      ],
    );
  }

  /** Living people of the coalition, and how many of them answered each dimension. */
  async answeredCounts(): Promise<{ peopleCount: number; answered: Record<DemographicDimension, number> }> {
    const columns = [...SINGLE_DIMENSIONS, ...LIST_DIMENSIONS];
    const [row] = await this.txHost.tx.query<Array<Record<string, number>>>(
      `SELECT count(*)::int AS people_count,
              ${columns.map(([dimension, column]) => `count(d.${column})::int AS "${dimension}"`).join(', ')}
         FROM membership.people p
         LEFT JOIN membership.person_demographics d ON d.tenant_id = p.tenant_id AND d.person_id = p.id
        WHERE p.tenant_id = $1 AND p.archived_at IS NULL`,
      [this.context.tenantId()],
    );
    const answered = Object.fromEntries(columns.map(([dimension]) => [dimension, row?.[dimension] ?? 0]));
    return {
      peopleCount: row?.people_count ?? 0,
      answered: answered as Record<DemographicDimension, number>,
    };
  }

  /** Counts per category among living people; never a name or an id. */
  async categoryCounts(): Promise<CategoryCount[]> {
    const single = SINGLE_DIMENSIONS.map(
      ([dimension, column]) =>
        `SELECT '${dimension}' AS dimension, ${column} AS category, count(*)::int AS count
           FROM answers WHERE ${column} IS NOT NULL GROUP BY ${column}`,
    );
    const lists = LIST_DIMENSIONS.map(
      ([dimension, column]) =>
        `SELECT '${dimension}' AS dimension, category, count(*)::int AS count
           FROM answers CROSS JOIN LATERAL unnest(${column}) AS category GROUP BY category`,
    );
    return this.txHost.tx.query(
      `WITH answers AS (
         SELECT d.* FROM membership.person_demographics d
           JOIN membership.people p ON p.tenant_id = d.tenant_id AND p.id = d.person_id
          WHERE d.tenant_id = $1 AND p.archived_at IS NULL
       )
       ${[...single, ...lists].join(' UNION ALL ')}
       ORDER BY dimension, count DESC, category`,
      [this.context.tenantId()],
    );
  }
}

function toDemographics(row: DemographicsRow): PersonDemographics {
  return {
    personId: row.person_id,
    ageRange: row.age_range,
    gender: row.gender,
    raceEthnicity: row.race_ethnicity,
    disability: row.disability,
    housingSituation: row.housing_situation,
    migrationBackground: row.migration_background,
    languages: row.languages,
    updatedAt: row.updated_at,
  };
}
