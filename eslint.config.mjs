// Typed lint for every TypeScript workspace; zero warnings allowed (`--max-warnings 0`).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
  {
    // TenantContext.run sets the tenant work runs as, trusting its caller; only these reviewed entry
    // points (a request, an event, a background job of a known tenant) may call it. Elsewhere use
    // UnitOfWork.run (the tenant in context) or runAsSystem (a named reason).
    files: ['apps/*/src/**/*.ts', 'packages/*/src/**/*.ts'],
    ignores: [
      'packages/service-kit/src/context/tenant-context.ts',
      'packages/service-kit/src/nats/rpc-server.ts',
      'packages/service-kit/src/events/event-consumer.runner.ts',
      'apps/membership/src/auth/refresh-session.use-case.ts',
      'apps/membership/src/ladder/ladder-event-intake.ts',
      'apps/membership/src/imports/import-runner.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.type='MemberExpression'][callee.property.name='run'][callee.object.type='MemberExpression'][callee.object.property.name=/^(context|tenantContext|tenants)$/]",
          message:
            'TenantContext.run is allowed only in the entry points named in eslint.config.mjs; use UnitOfWork.run or runAsSystem.',
        },
        {
          selector:
            "CallExpression[callee.type='MemberExpression'][callee.property.name='run'][callee.object.type='Identifier'][callee.object.name=/^(context|tenantContext|tenants)$/]",
          message:
            'TenantContext.run is allowed only in the entry points named in eslint.config.mjs; use UnitOfWork.run or runAsSystem.',
        },
      ],
    },
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
