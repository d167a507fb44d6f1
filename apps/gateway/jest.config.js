const { integrationProject, project } = require('../../jest.preset');
module.exports = {
  projects: [
    project(__dirname, 'unit', '<rootDir>/src/**/*.spec.ts'),
    integrationProject(__dirname, 'e2e', '<rootDir>/test/e2e/**/*.e2e-spec.ts'),
  ],
};
