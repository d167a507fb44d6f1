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
    // Errors per domain (STYLE.md, Twenty's pattern): a service throws only through its domain's
    // exception class, declared in a `*.errors.ts` beside the aggregate with its reasons and their
    // exhaustive mapping to shared codes. No ad-hoc DomainError anywhere else.
    files: ['apps/*/src/**/*.ts', 'packages/*/src/**/*.ts'],
    ignores: ['**/*.errors.ts', 'packages/service-kit/src/errors/**', '**/*.spec.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='DomainError']",
          message: "Throw the domain's exception from its *.errors.ts (e.g. PersonErrors.notFound(id)).",
        },
        {
          selector: "MemberExpression[object.name='DomainError']",
          message: "Throw the domain's exception from its *.errors.ts (e.g. PersonErrors.notFound(id)).",
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
