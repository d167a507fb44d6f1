import { schemaCatalog } from '../../src/schema-catalog';
import { serviceAccessList } from '../../src/service-access';

const migrated = serviceAccessList().flatMap((service) =>
  service.schema === null ? [] : [[service.name, service.schema] as const],
);

/**
 * The migration drift check of every service in services.json: the schema its committed migrations
 * produce on the migrated test database is the one committed beside this test
 * (`__snapshots__/migrated-schemas.int-spec.ts.snap`), which the service's hand-written SQL is
 * written against. A migration edited after merge, or a change made outside migrations, fails here;
 * a new migration updates the snapshot in the same commit (`npx jest --selectProjects integration -u
 * migrated-schemas` in packages/testing), so the schema change is read in review. A new service's
 * schema is recorded on its first run. Services with TypeORM entities also check those against the
 * schema (`describeEntityDrift`).
 */
describe('migrated schemas', () => {
  it('finds every migrated service of services.json', () => {
    expect(migrated.length).toBeGreaterThan(0);
  });

  it.each(migrated)('%s: the migrations produce the committed schema %s', async (_, schema) => {
    const catalog = await schemaCatalog(process.env.OWNER_DATABASE_URL!, schema);
    expect(catalog.some((line) => line.startsWith('table '))).toBe(true);
    expect(catalog).toMatchSnapshot();
  });
});
