/**
 * One `npm test` runs four layers: pure unit tests beside the code, the web app's unit tests
 * (formatting, the typed call, forms, components) in a simulated DOM, and the server's
 * integration tests against embedded PGlite and, when TEST_DATABASE_URL is set, PostgreSQL.
 */
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

const integration = (name: string, databaseUrl: string): TestProjectInlineConfiguration => ({
  extends: true,
  test: {
    name,
    include: ['packages/server/test/**/*.test.ts'],
    env: { HJEMVEJ_TEST_DATABASE_URL: databaseUrl },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

const projects: TestProjectInlineConfiguration[] = [
  {
    extends: true,
    test: { name: 'unit', include: ['packages/*/src/**/*.test.ts'], exclude: ['packages/web/**'] },
  },
  {
    extends: true,
    test: {
      name: 'web',
      include: ['packages/web/src/**/*.test.{ts,tsx}'],
      environment: 'happy-dom',
      setupFiles: ['packages/web/src/test/setup.ts'],
      // Not a timed assertion: `npm test` runs these beside the integration tests, and on a busy two-core
      // machine a page test or the audit-label scan of the server's sources has taken over the 5 s default.
      testTimeout: 30_000,
    },
  },
  integration('integration-pglite', 'pglite://memory'),
];
const postgresUrl = process.env.TEST_DATABASE_URL;
if (postgresUrl) projects.push(integration('integration-postgres', postgresUrl));

export default defineConfig({
  test: {
    projects,
    reporters: process.env.CI_REPORT_DIR
      ? ['default', ['json', { outputFile: `${process.env.CI_REPORT_DIR}/vitest.json` }]]
      : ['default'],
    pool: 'forks',
  },
});
