/**
 * The embedded default starts a new database from the pre-initialised data directory (no
 * initdb), keeps what it wrote when opened again, and runs with the smaller buffer cache.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/database/connection';
import { migrateToLatest } from '../src/database/migrator';
import { pgliteTemplatePath } from '../src/database/pglite-template';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'hjemvej-template-test-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe('a new PGlite database', () => {
  it('is unpacked from the template, migrates, and keeps its data when opened again', async () => {
    const dataDir = path.join(folder, 'data');
    const first = await openDatabase({ kind: 'pglite', dataDir });
    expect(fs.existsSync(pgliteTemplatePath())).toBe(true);
    expect(fs.existsSync(path.join(dataDir, 'PG_VERSION'))).toBe(true);
    await migrateToLatest(first.db);
    await sql`CREATE TABLE template_probe (note text)`.execute(first.db);
    await sql`INSERT INTO template_probe VALUES ('kept')`.execute(first.db);
    const buffers = await sql<{ shared_buffers: string }>`SHOW shared_buffers`.execute(first.db);
    expect(buffers.rows[0]?.shared_buffers).toBe('32MB');
    await first.close();

    const again = await openDatabase({ kind: 'pglite', dataDir });
    const kept = await sql<{ note: string }>`SELECT note FROM template_probe`.execute(again.db);
    expect(kept.rows).toEqual([{ note: 'kept' }]);
    expect(await migrateToLatest(again.db)).toEqual([]);
    await again.close();
  });
});
