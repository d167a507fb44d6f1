import { MEMBERSHIP } from '@groundwork/contracts';
import { schemaDrift } from '@groundwork/service-kit';
import { DataSource } from 'typeorm';
import { useMembershipHarness } from '../support/membership-harness';

/**
 * The committed migrations produce exactly the schema membership's entities expect: TypeORM, asked
 * what it would change to match the entities, has nothing to say. A migration that forgot a column an
 * entity maps (or an entity left behind by a migration) fails here, not at run time.
 */
describe('migration drift', () => {
  const harness = useMembershipHarness();

  it('leaves nothing for TypeORM to change between the migrated schema and the entities', async () => {
    const entities = harness.app.get(DataSource).options.entities as Parameters<
      typeof schemaDrift
    >[0]['entities'];
    expect(entities.length).toBeGreaterThan(0);
    expect(await schemaDrift({ url: process.env.OWNER_DATABASE_URL!, schema: MEMBERSHIP, entities })).toEqual(
      [],
    );
  });
});
