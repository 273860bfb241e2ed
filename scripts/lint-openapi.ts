/**
 * `npm run lint:openapi`: builds the app in process (an empty in-memory database, no server
 * started), takes the OpenAPI document exactly as /api/openapi.json serves it, writes it to
 * reports/openapi.json and lints it with the rules in redocly.yaml (Redocly's recommended ones,
 * and an operationId on every operation). Exits non-zero on any error; warnings are printed.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { apiDescriptionPaths } from '@hjemvej/contract';
import { buildApp } from '../packages/server/src/app';
import { loadConfig, repositoryRoot } from '../packages/server/src/config/config';
import { openDatabase } from '../packages/server/src/database/connection';

const output = path.join(repositoryRoot, 'reports', 'openapi.json');

const config = loadConfig({ DATABASE_URL: 'pglite://memory', WEB_DIST_DIR: '', SEED_DEMO: 'false' });
const database = await openDatabase(config.database);
const app = await buildApp({ config, database, logger: false });
let document: string;
try {
  await app.ready();
  const response = await app.inject({ method: 'GET', url: apiDescriptionPaths.openApi });
  if (response.statusCode !== 200) throw new Error(`${apiDescriptionPaths.openApi} answered ${response.statusCode}`);
  document = response.body;
} finally {
  await app.close();
  await database.close();
}
fs.mkdirSync(path.dirname(output), { recursive: true });
// Written indented, so that the linter's line numbers point somewhere; served compact.
fs.writeFileSync(output, `${JSON.stringify(JSON.parse(document), null, 2)}\n`);
console.log(`${apiDescriptionPaths.openApi}: ${Buffer.byteLength(document)} bytes → ${path.relative(repositoryRoot, output)}`);

const redocly = path.join(repositoryRoot, 'node_modules', '.bin', 'redocly');
const rules = path.join(repositoryRoot, 'redocly.yaml');
const lint = spawnSync(redocly, ['lint', '--config', rules, '--format', 'stylish', output], {
  stdio: 'inherit',
  env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
});
process.exit(lint.status ?? 1);
