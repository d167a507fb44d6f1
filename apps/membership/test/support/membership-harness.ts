import { MEMBERSHIP } from '@groundwork/contracts';
import type { INestApplication } from '@nestjs/common';
import {
  startService,
  useServiceHarness,
  type ServiceHarness,
  type ServiceUnderTest,
} from '@groundwork/testing/harness';
import type { AppModule } from '../../src/app.module';
import { membershipMigrations } from '../../src/database/migrations';

/** Membership as its integration tests boot it (see `useServiceHarness` in @groundwork/testing). */
export const membershipUnderTest: ServiceUnderTest & { http: true } = {
  service: MEMBERSHIP,
  migrations: membershipMigrations,
  appModule: () => jest.requireActual<{ AppModule: typeof AppModule }>('../../src/app.module').AppModule,
  http: true,
};

/** Migrates the test database and boots membership in this process (for suites that restart it). */
export const startMembership = (): Promise<INestApplication> => startService(membershipUnderTest);

/** What a suite talks to: membership itself, a raw NATS caller and owner-role SQL scoped per tenant. */
export type MembershipHarness = Pick<ServiceHarness, 'app' | 'rpc' | 'sql'>;

/** Boots membership for the surrounding `describe` (or file); see `useServiceHarness`. */
export const useMembershipHarness = (): MembershipHarness => useServiceHarness(membershipUnderTest);
