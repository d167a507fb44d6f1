import { grantRuntimeAccess, outboxTableSql, serviceRole, tenantTableRls } from '@groundwork/service-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Prioritization rounds, their options, ballots cast for voters, paper ballot lines and the result
 * stored on close; plus the service's outbox. Every table starts with tenant_id, keys include it, and
 * row-level security is forced. A ballot stores its options as positions in the round (smallint[]),
 * so a count streams small integer arrays and never joins options or parses text.
 */
export class ListeningPrioritization1796632388125 implements MigrationInterface {
  name = 'ListeningPrioritization1796632388125';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      ...outboxTableSql('listening'),
      `CREATE TABLE listening.rounds (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL,
        title text NOT NULL,
        description text,
        method text NOT NULL CHECK (method IN ('RANKED_CHOICE', 'STV', 'SCHULZE', 'SCORE', 'DOT', 'APPROVAL', 'CONSENT')),
        seats smallint NOT NULL CHECK (seats >= 1),
        status text NOT NULL CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED')),
        results_visibility text NOT NULL CHECK (results_visibility IN ('AFTER_CLOSE', 'AFTER_OWN_VOTE', 'ALWAYS')),
        secret boolean NOT NULL,
        opens_at timestamptz(3),
        closes_at timestamptz(3),
        dots_per_voter integer,
        score_min integer,
        score_max integer,
        tie_break_seed text NOT NULL,
        quorum integer,
        created_by text,
        created_at timestamptz(3) NOT NULL,
        opened_at timestamptz(3),
        closed_at timestamptz(3),
        PRIMARY KEY (tenant_id, id),
        CHECK (closes_at IS NULL OR opens_at IS NULL OR closes_at > opens_at),
        CHECK (method <> 'DOT' OR dots_per_voter IS NOT NULL),
        CHECK (method <> 'SCORE' OR (score_min IS NOT NULL AND score_max > score_min))
      )`,
      `CREATE INDEX rounds_newest ON listening.rounds (tenant_id, created_at DESC, id DESC)`,
      `CREATE TABLE listening.round_options (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL,
        round_id uuid NOT NULL,
        position smallint NOT NULL CHECK (position >= 0),
        title text NOT NULL,
        description text,
        candidate_issue_id uuid,
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, round_id, position),
        FOREIGN KEY (tenant_id, round_id) REFERENCES listening.rounds (tenant_id, id) ON DELETE CASCADE
      )`,
      `CREATE UNIQUE INDEX round_options_title ON listening.round_options (tenant_id, round_id, lower(title))`,
      // choices: option positions (a ranking in order, approvals, or the options of scores / dots);
      // amounts: the score or dots of each choice, in step with it.
      `CREATE TABLE listening.ballots (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL,
        round_id uuid NOT NULL,
        voter_id uuid NOT NULL,
        cast_by text,
        cast_at timestamptz(3) NOT NULL,
        choices smallint[] NOT NULL,
        amounts integer[],
        position text,
        reason text,
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, round_id, voter_id),
        FOREIGN KEY (tenant_id, round_id) REFERENCES listening.rounds (tenant_id, id) ON DELETE CASCADE
      )`,
      `CREATE TABLE listening.paper_ballot_lines (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL,
        round_id uuid NOT NULL,
        count integer NOT NULL CHECK (count >= 1),
        choices smallint[] NOT NULL,
        amounts integer[],
        position text,
        reason text,
        recorded_by text,
        recorded_at timestamptz(3) NOT NULL,
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, round_id) REFERENCES listening.rounds (tenant_id, id) ON DELETE CASCADE
      )`,
      `CREATE INDEX paper_ballot_lines_round ON listening.paper_ballot_lines (tenant_id, round_id)`,
      `CREATE TABLE listening.round_results (
        tenant_id uuid NOT NULL,
        round_id uuid NOT NULL,
        counted_at timestamptz(3) NOT NULL,
        ballots_cast integer NOT NULL,
        quorum_met boolean NOT NULL,
        result jsonb NOT NULL,
        PRIMARY KEY (tenant_id, round_id),
        FOREIGN KEY (tenant_id, round_id) REFERENCES listening.rounds (tenant_id, id) ON DELETE CASCADE
      )`,
      `CREATE TABLE listening.chosen_priorities (
        tenant_id uuid NOT NULL,
        round_id uuid NOT NULL,
        option_id uuid NOT NULL,
        place smallint NOT NULL,
        chosen_at timestamptz(3) NOT NULL,
        PRIMARY KEY (tenant_id, round_id, option_id),
        FOREIGN KEY (tenant_id, round_id) REFERENCES listening.rounds (tenant_id, id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, option_id) REFERENCES listening.round_options (tenant_id, id) ON DELETE CASCADE
      )`,
      ...[
        'rounds',
        'round_options',
        'ballots',
        'paper_ballot_lines',
        'round_results',
        'chosen_priorities',
      ].flatMap((table) => tenantTableRls(`listening.${table}`)),
      ...grantRuntimeAccess('listening', serviceRole('listening')),
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'chosen_priorities',
      'round_results',
      'paper_ballot_lines',
      'ballots',
      'round_options',
      'rounds',
      'outbox',
    ]) {
      await queryRunner.query(`DROP TABLE IF EXISTS listening.${table}`);
    }
    await queryRunner.query(`DROP FUNCTION IF EXISTS listening.notify_outbox()`);
  }
}
