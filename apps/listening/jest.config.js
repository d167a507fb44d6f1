const { integrationProject, project } = require('../../jest.preset');
module.exports = {
  projects: [
    project(__dirname, 'unit', '<rootDir>/src/**/*.spec.ts'),
    integrationProject(__dirname, 'integration', '<rootDir>/test/integration/**/*.int-spec.ts'),
  ],
};
