const { project } = require('../../jest.preset');
module.exports = { projects: [project(__dirname, 'unit', '<rootDir>/src/**/*.spec.ts')] };
