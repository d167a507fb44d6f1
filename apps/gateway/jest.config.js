const { integrationSetup, project } = require('../../jest.preset');
module.exports = {
  projects: [
    project(__dirname, 'unit', '<rootDir>/src/**/*.spec.ts'),
    project(__dirname, 'e2e', '<rootDir>/test/e2e/**/*.e2e-spec.ts', {
      setupFiles: [integrationSetup],
      setupFilesAfterEnv: ['<rootDir>/test/e2e/support/setup.ts'],
    }),
  ],
};
