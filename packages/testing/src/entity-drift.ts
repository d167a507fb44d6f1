import { migrationSchema, schemaDrift, serviceEntities } from '@groundwork/service-kit';
import { useServiceHarness, type ServiceUnderTest } from './service-harness';

/**
 * The migration drift check of a service that maps tables with TypeORM entities: its committed
 * migrations produce exactly the schema its entities expect. TypeORM, asked what it would change to
 * match the entities, has nothing to say, so a migration that forgot a column an entity maps (or an
 * entity left behind by a migration) fails here, not at run time. The schema as a whole is checked
 * for every service by `migrated-schemas.int-spec.ts` in @groundwork/testing.
 */
export function describeEntityDrift(subject: ServiceUnderTest): void {
  describe(`${subject.service}: migrations against its entities`, () => {
    const harness = useServiceHarness(subject);

    it('leaves nothing for TypeORM to change between the migrated schema and the entities', async () => {
      const entities = serviceEntities(harness.app);
      expect(entities.length).toBeGreaterThan(0);
      const drift = await schemaDrift({
        url: process.env.OWNER_DATABASE_URL!,
        schema: migrationSchema(subject.service),
        entities,
      });
      expect(drift).toEqual([]);
    });
  });
}
