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
  '^@groundwork/(contracts|service-kit|testing)$': path.join(__dirname, 'packages/$1/src'),
};

/** A Jest project: `name` selects it with --selectProjects; `match` is its test file glob. */
function project(rootDir, name, match, extra = {}) {
  return {
    displayName: name,
    rootDir,
    testEnvironment: 'node',
    transform,
    moduleNameMapper,
    testMatch: [match],
    ...extra,
  };
}

module.exports = { project, transform, moduleNameMapper };
