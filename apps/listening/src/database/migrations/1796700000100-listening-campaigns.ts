import { serviceRole, grantRuntimeAccess, tenantTableRls } from '@groundwork/service-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Listening campaigns with their prompts, audience (a membership segment id, or everyone), listeners
 * (person ids, in order) and goals. Conversations name their campaign with a foreign key from now on.
 */
export class ListeningCampaigns1796700000100 implements MigrationInterface {
  name = 'ListeningCampaigns1796700000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE listening.campaigns (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL,
        name text NOT NULL,
        purpose text,
        prompts text[] NOT NULL DEFAULT '{}',
        starts_on date,
        ends_on date,
        status text NOT NULL CHECK (status IN ('PLANNED', 'ACTIVE', 'CLOSED')),
        audience_segment_id uuid,
        listener_ids uuid[] NOT NULL DEFAULT '{}',
        goal_total integer CHECK (goal_total > 0),
        goal_per_listener integer CHECK (goal_per_listener > 0),
        goal_per_organization integer CHECK (goal_per_organization > 0),
        goal_per_area integer CHECK (goal_per_area > 0),
        created_by text,
        created_at timestamptz(3) NOT NULL,
        PRIMARY KEY (tenant_id, id),
        CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
      )`,
      `CREATE INDEX campaigns_newest ON listening.campaigns (tenant_id, created_at DESC, id DESC)`,
      ...tenantTableRls('listening.campaigns'),
      `ALTER TABLE listening.conversations ADD FOREIGN KEY (tenant_id, campaign_id)
         REFERENCES listening.campaigns (tenant_id, id)`,
      ...grantRuntimeAccess('listening', serviceRole('listening')),
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE listening.conversations DROP CONSTRAINT IF EXISTS conversations_tenant_id_campaign_id_fkey`,
    );
    await queryRunner.query(`DROP TABLE IF EXISTS listening.campaigns`);
  }
}
