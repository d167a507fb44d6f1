// Jest `setupFilesAfterEnv` entry for integration and e2e projects: Jest ignores `testTimeout` set on a
// project, so the longer budget for tests against real servers is set here.
jest.setTimeout(60_000);
