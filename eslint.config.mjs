// Typed lint for every TypeScript workspace; zero warnings allowed (`--max-warnings 0`).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const SOURCE_FILES = ['apps/*/src/**/*.ts', 'packages/*/src/**/*.ts'];

// TenantContext.run sets the tenant work runs as, trusting its caller; only these reviewed entry
// points (a request, an event, a background job of a known tenant) may call it. Elsewhere use
// UnitOfWork.run (the tenant in context) or runAsSystem (a named reason).
const TENANT_RUN_ENTRY_POINTS = [
  'packages/service-kit/src/context/tenant-context.ts',
  'packages/service-kit/src/nats/rpc-server.ts',
  'packages/service-kit/src/events/event-consumer.runner.ts',
  'apps/membership/src/auth/refresh-session.use-case.ts',
  'apps/membership/src/ladder/ladder-event-intake.ts',
  'apps/membership/src/imports/import-runner.ts',
];
const TENANT_RUN_MESSAGE =
  'TenantContext.run is allowed only in the entry points named in eslint.config.mjs; use UnitOfWork.run or runAsSystem.';
const TENANT_RUN_RESTRICTED = [
  {
    selector:
      "CallExpression[callee.type='MemberExpression'][callee.property.name='run'][callee.object.type='MemberExpression'][callee.object.property.name=/^(context|tenantContext|tenants)$/]",
    message: TENANT_RUN_MESSAGE,
  },
  {
    selector:
      "CallExpression[callee.type='MemberExpression'][callee.property.name='run'][callee.object.type='Identifier'][callee.object.name=/^(context|tenantContext|tenants)$/]",
    message: TENANT_RUN_MESSAGE,
  },
];

// Errors per domain (STYLE.md, Twenty's pattern): a service throws only through its domain's
// exception class, declared in a `*.errors.ts` beside the aggregate with its reasons and their
// exhaustive mapping to shared codes. No ad-hoc DomainError anywhere else.
const DOMAIN_ERROR_HOMES = ['**/*.errors.ts', 'packages/service-kit/src/errors/**', '**/*.spec.ts'];
const DOMAIN_ERROR_MESSAGE =
  "Throw the domain's exception from its *.errors.ts (e.g. PersonErrors.notFound(id)).";
const DOMAIN_ERROR_RESTRICTED = [
  { selector: "NewExpression[callee.name='DomainError']", message: DOMAIN_ERROR_MESSAGE },
  { selector: "MemberExpression[object.name='DomainError']", message: DOMAIN_ERROR_MESSAGE },
];

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/coverage/**',
      'apps/admin/src/gql/**',
      '**/*.js',
      '**/*.mjs',
      '**/*.cjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-extraneous-class': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // The gateway keeps no async-local context: nestjs-cls would turn on async hooks for its every promise.
    files: ['apps/gateway/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@groundwork/service-kit',
              message: 'The gateway imports @groundwork/service-kit/client.',
            },
            { name: 'nestjs-cls', message: 'The gateway passes request context explicitly.' },
          ],
        },
      ],
    },
  },
  // Two rules share no-restricted-syntax, and a later config block replaces an earlier block's setting
  // for the files both match; so each kind of file gets one block with exactly the selectors it keeps.
  {
    files: SOURCE_FILES,
    rules: { 'no-restricted-syntax': ['error', ...TENANT_RUN_RESTRICTED, ...DOMAIN_ERROR_RESTRICTED] },
  },
  {
    files: TENANT_RUN_ENTRY_POINTS,
    rules: { 'no-restricted-syntax': ['error', ...DOMAIN_ERROR_RESTRICTED] },
  },
  {
    files: DOMAIN_ERROR_HOMES,
    rules: { 'no-restricted-syntax': ['error', ...TENANT_RUN_RESTRICTED] },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', '**/test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
