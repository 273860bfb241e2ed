// Type-aware lint for the whole repository. Import boundaries keep the layers honest:
// the web app and the pure packages may not import the server; modules may not open
// their own database connection.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Syntax refused everywhere; a block that sets no-restricted-syntax again must repeat these. */
const restrictedEverywhere = [
  {
    selector: "CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name='only']",
    message: 'No .only in committed tests.',
  },
];

/** A route's path is written once, in packages/contract (defineRoute), and used from there. */
const restrictedApiPaths = [
  {
    selector: 'Literal[value=/^\\/api\\//]',
    message: 'No hand-written API paths: use the route definition from @hjemvej/contract (route.path, call(route, …)).',
  },
  {
    selector: 'TemplateLiteral > TemplateElement:first-child[value.raw=/^\\/api\\//]',
    message: 'No hand-written API paths: use the route definition from @hjemvej/contract (route.path, call(route, …)).',
  },
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'data/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
      'reports/**',
      'bench/results/**',
      '**/*.mjs',
      '**/*.cjs',
      'eslint.config.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/only-throw-error': 'error',
      'no-restricted-syntax': ['error', ...restrictedEverywhere],
    },
  },
  {
    files: ['packages/server/src/**/*.ts', 'packages/web/src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}', 'packages/web/src/test/**'],
    rules: {
      'no-restricted-syntax': ['error', ...restrictedEverywhere, ...restrictedApiPaths],
    },
  },
  {
    files: ['packages/web/src/**/*.tsx'],
    ignores: ['**/*.test.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...restrictedEverywhere,
        ...restrictedApiPaths,
        {
          // The native date input follows the browser's locale (mm/dd/yyyy in an English browser).
          selector: "JSXAttribute[name.name='type'][value.value='date']",
          message: 'Use DateField (components/date-field.tsx): dates are entered as dd.mm.åååå whatever the browser.',
        },
      ],
    },
  },
  {
    files: ['packages/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@hjemvej/server', '**/server/**'],
              message: 'The web app may not import server code; use @hjemvej/contract.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/domain/**/*.ts', 'packages/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@hjemvej/server', '**/server/**', 'node:*', 'kysely', 'pg', '@electric-sql/*', 'fastify'],
              message: 'Domain and contract code is pure: no I/O, no server.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/server/src/modules/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'pg', message: 'Modules get their transaction from the secured route pipeline (DataContext).' },
            {
              name: '@electric-sql/pglite',
              message: 'Modules get their transaction from the secured route pipeline (DataContext).',
            },
          ],
          patterns: [
            {
              group: ['**/database/connection'],
              importNamePattern: '^openDatabase$',
              message: 'Modules may not open their own database connection.',
            },
          ],
        },
      ],
    },
  },
  {
    // Services hold the rules; SQL lives in the module's *-queries.ts (docs/CODE_STYLE.md).
    files: ['packages/server/src/modules/**/*-service.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...restrictedEverywhere,
        ...restrictedApiPaths,
        {
          selector: 'CallExpression[callee.property.name=/^(selectFrom|insertInto|updateTable|deleteFrom)$/]',
          message: 'No query builders in a service: put the query in the module’s *-queries.ts and call it.',
        },
      ],
    },
  },
  {
    files: ['**/*.test.ts', '**/test/**/*.ts', 'e2e/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
