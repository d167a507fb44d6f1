import { LISTENING } from '@groundwork/contracts';
import type { ServiceUnderTest } from '@groundwork/testing/harness';
import type { AppModule } from '../../src/app.module';
import { migrations } from '../../src/database/migrations';

/** listening as its integration tests boot it: `useServiceHarness(listeningUnderTest)`. */
export const listeningUnderTest: ServiceUnderTest = {
  service: LISTENING,
  migrations,
  appModule: () => jest.requireActual<{ AppModule: typeof AppModule }>('../../src/app.module').AppModule,
};
