// Jest `setupFiles` entry for integration and e2e projects.
import { prepareTestEnv } from './test-env';

prepareTestEnv();
