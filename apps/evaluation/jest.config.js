const { integrationSetup, project } = require('../../jest.preset');
module.exports = {
  projects: [
    project(__dirname, 'unit', '<rootDir>/src/**/*.spec.ts'),
    project(__dirname, 'integration', '<rootDir>/test/integration/**/*.int-spec.ts', {
      testTimeout: 30000,
      setupFiles: [integrationSetup],
    }),
  ],
};
