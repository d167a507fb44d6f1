// Shared Jest setup: SWC for speed (types are checked by the separate `typecheck` task), internal
// packages resolved to their TypeScript source so tests never run stale builds.
const path = require('path');

const transform = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2022',
        keepClassNames: true,
      },
      module: { type: 'commonjs' },
    },
  ],
};

const moduleNameMapper = {
  '^@groundwork/(contracts|service-kit|testing|voting)$': path.join(__dirname, 'packages/$1/src'),
  '^@groundwork/service-kit/client$': path.join(__dirname, 'packages/service-kit/src/client'),
  '^@groundwork/testing/harness$': path.join(__dirname, 'packages/testing/src/harness'),
  '^@groundwork/voting/conformance$': path.join(__dirname, 'packages/voting/src/conformance-suite'),
};

// Nest 12 and a few of its dependencies ship ES modules only; Jest's CommonJS runtime needs them
// transformed (plain Node 20.19+ loads them through require(esm)).
const esmPackages = [
  '@nestjs',
  'uid',
  'file-type',
  'strtok3',
  'token-types',
  '@tokenizer',
  'uint8array-extras',
  'load-esm',
  'jose',
];
const transformIgnorePatterns = [`/node_modules/(?!(${esmPackages.join('|')})/)`];

/** A Jest project: `name` selects it with --selectProjects; `match` is its test file glob. */
function project(rootDir, name, match, extra = {}) {
  return {
    displayName: name,
    rootDir,
    testEnvironment: 'node',
    transform,
    transformIgnorePatterns,
    moduleNameMapper,
    testMatch: [match],
    ...extra,
  };
}

/** Integration and e2e projects prepare a test-only environment before any module loads. */
const integrationSetup = path.join(__dirname, 'packages/testing/src/integration-setup.ts');
const integrationTimeout = path.join(__dirname, 'packages/testing/src/integration-timeout.ts');

/** A project of tests against the real Postgres and NATS. */
function integrationProject(rootDir, name, match) {
  return project(rootDir, name, match, {
    setupFiles: [integrationSetup],
    setupFilesAfterEnv: [integrationTimeout],
  });
}

module.exports = { integrationProject, project, transform, transformIgnorePatterns, moduleNameMapper };
