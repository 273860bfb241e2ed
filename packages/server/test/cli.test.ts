/**
 * The real `hjemvej` command-line tool, run as a child process against an embedded PGlite
 * folder (each start costs seconds, so the steps build on each other). PostgreSQL is covered
 * by backup-restore.test.ts, which runs the same code in process.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repositoryRoot } from '../src/config/config';
import { openDatabase } from '../src/database/connection';
import { demoAccounts } from '../src/demo/demo-accounts';
import { verifyPassword } from '../src/modules/auth/passwords';

interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

const bin = path.join(repositoryRoot, 'packages/server/bin/hjemvej.mjs');

describe.skipIf(process.env.HJEMVEJ_TEST_DATABASE_URL?.startsWith('postgres'))('the hjemvej command-line tool', () => {
  let folder: string;
  let dataDir: string;

  function hjemvej(
    args: readonly string[],
    input = '',
    databaseUrl = `pglite://${dataDir}`,
    env: Record<string, string> = {},
  ): Promise<CliResult> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [bin, ...args], {
        cwd: folder,
        env: { ...process.env, DATABASE_URL: databaseUrl, HJEMVEJ_DEBUG: '', ...env },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
      child.stdin.end(input);
    });
  }

  /** One line starting with "error:", and no stack trace. */
  function expectOneLineError(result: CliResult, message: RegExp): void {
    expect(result.code, result.stdout + result.stderr).not.toBe(0);
    const errors = result.stderr.split('\n').filter((line) => line.startsWith('error:'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  }

  beforeAll(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'hjemvej-cli-'));
    dataDir = path.join(folder, 'data');
  });

  afterAll(() => {
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('migrates a new database and loads the demo', { timeout: 180_000 }, async () => {
    const migrate = await hjemvej(['migrate']);
    expect(migrate.code, migrate.stderr).toBe(0);
    expect(migrate.stdout).toContain('↑ 0001-foundation');
    expect(migrate.stderr).toContain(`Database: pglite ${dataDir}`);

    const seed = await hjemvej(['seed-demo']);
    expect(seed.code, seed.stderr).toBe(0);
    expect(seed.stderr).toContain('loading demo: users');
    expect(seed.stdout).toContain('Demo data loaded');
    expect(seed.stdout).toContain('admin@demo.hjemvej.dk');
  });

  it('refuses bad input before opening the database', async () => {
    expectOneLineError(
      await hjemvej([
        'create-user',
        '--email',
        'x@example.dk',
        '--name',
        'X',
        '--role',
        'chief',
        '--organisation',
        'Demo Kommune',
      ]),
      /unknown role "chief"/,
    );
    expectOneLineError(
      await hjemvej(['reset-password', '--email', 'admin@demo.hjemvej.dk', '--password', 'too-short']),
      /at least 12 characters/,
    );
    expectOneLineError(
      await hjemvej(['create-user', '--email', 'x@example.dk']),
      /required option '--name <name>' not specified/,
    );
  });

  it(
    'creates a user with the password from standard input, and refuses a bad role and a taken e-mail',
    { timeout: 120_000 },
    async () => {
      const created = await hjemvej(
        [
          'create-user',
          '--email',
          'Ny.Admin@Example.dk',
          '--name',
          'Ny Administrator',
          '--role',
          'caseworker',
          '--organisation',
          'Demo Kommune',
          '--unit',
          'cti-team',
          '--unit',
          'Myndighed voksne',
        ],
        'a-long-enough-password\n',
      );
      expect(created.code, created.stderr).toBe(0);
      expect(created.stdout).toMatch(
        /Created user ny\.admin@example\.dk \(caseworker\) in Demo Kommune, units: CTI-team, Myndighed voksne; id [0-9a-f-]{36}/,
      );
      expect(created.stdout).not.toContain('Password');

      expectOneLineError(
        await hjemvej([
          'create-user',
          '--email',
          'x@example.dk',
          '--name',
          'X',
          '--role',
          'shelter_staff',
          '--organisation',
          'Demo Kommune',
          '--password',
          'a-long-enough-password',
        ]),
        /role shelter_staff is not allowed in Demo Kommune \(a municipality\)/,
      );
      expectOneLineError(
        await hjemvej([
          'create-user',
          '--email',
          'admin@demo.hjemvej.dk',
          '--name',
          'X',
          '--role',
          'caseworker',
          '--organisation',
          'Demo Kommune',
          '--password',
          'a-long-enough-password',
        ]),
        /a user with the e-mail admin@demo\.hjemvej\.dk already exists/,
      );
    },
  );

  let generatedPassword = '';

  it('resets a password to a generated one, printed once', { timeout: 60_000 }, async () => {
    const reset = await hjemvej(['reset-password', '--email', 'ny.admin@example.dk']);
    expect(reset.code, reset.stderr).toBe(0);
    expect(reset.stdout).toContain('Password reset for ny.admin@example.dk; ended 0 sessions.');
    generatedPassword = /Password \(shown only this once\): (\S+)/.exec(reset.stdout)?.[1] ?? '';
    expect(generatedPassword).toMatch(/^[a-zA-Z2-9]{5}(-[a-zA-Z2-9]{5}){3}$/);
  });

  it('verifies the audit chain, and names the event that was tampered with', { timeout: 120_000 }, async () => {
    const unanchored = await hjemvej(['audit', 'verify']);
    expect(unanchored.code, unanchored.stderr).toBe(0);
    expect(unanchored.stdout).toContain('No signed checkpoint for this database');
    const checkpoint = await hjemvej(['audit', 'checkpoint']);
    expect(checkpoint.code, checkpoint.stderr).toBe(0);
    expect(checkpoint.stdout).toContain(`3 events`);
    expect(fs.readFileSync(path.join(dataDir, 'audit-checkpoints.jsonl'), 'utf8').trim().split('\n')).toHaveLength(1);
    const ok = await hjemvej(['audit', 'verify']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/Audit chain OK: 3 events in \d+ chains/);
    expect(ok.stdout).toContain('Checked against 1 signed checkpoint(s)');

    const database = await openDatabase({ kind: 'pglite', dataDir });
    let tamperedId: number;
    try {
      const db = database.db;
      const user = await db
        .selectFrom('users')
        .select(['id', 'password_hash', 'role'])
        .where('email', '=', 'ny.admin@example.dk')
        .executeTakeFirstOrThrow();
      expect(user.role).toBe('caseworker');
      expect(await verifyPassword(user.password_hash, generatedPassword)).toBe(true);
      expect(await db.selectFrom('user_units').select('unit_id').where('user_id', '=', user.id).execute()).toHaveLength(2);

      const events = await db
        .selectFrom('audit_events')
        .select(['id', 'action', 'actor_user_id', 'subject_id', 'changes'])
        .orderBy('id')
        .execute();
      expect(events.map((e) => e.action)).toEqual(['system.seed_demo', 'user.create', 'user.password_reset']);
      const create = events[1];
      expect(create).toMatchObject({
        actor_user_id: null,
        subject_id: user.id,
        changes: { email: 'ny.admin@example.dk', role: 'caseworker', via: 'cli' },
      });
      expect(JSON.stringify(events)).not.toContain('a-long-enough-password');
      tamperedId = create?.id ?? 0;

      await sql`ALTER TABLE audit_events DISABLE TRIGGER USER`.execute(db);
      await sql`UPDATE audit_events SET action = 'user.read' WHERE id = ${tamperedId}`.execute(db);
      await sql`ALTER TABLE audit_events ENABLE TRIGGER USER`.execute(db);
    } finally {
      await database.close();
    }

    const broken = await hjemvej(['audit', 'verify']);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain(
      `Audit chain BROKEN – CHANGED EVENT at event #${tamperedId}: the content of the event does not match its keyed hash`,
    );
  });

  it('backs up the folder and restores it elsewhere', { timeout: 120_000 }, async () => {
    const backup = await hjemvej(['backup', '--out', 'hjemvej.backup.gz']);
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toContain(`Backup written: ${path.join(folder, 'hjemvej.backup.gz')}`);
    expect(backup.stdout).toContain('Not included: sessions');

    expectOneLineError(await hjemvej(['restore', '--in', 'hjemvej.backup.gz']), /not empty .*append-only/);

    // The chain was broken above on purpose: the restore copies it faithfully and says so.
    // The restored events were hashed with the folder's audit key: the new installation needs it too.
    const restored = await hjemvej(['restore', '--in', 'hjemvej.backup.gz'], '', 'pglite://memory', {
      AUDIT_KEY_FILE: path.join(dataDir, 'audit-keys'),
    });
    // The demo accounts, the housing association's reporter (demo/housing-supply.ts) and the
    // user this test created through the CLI.
    expect(restored.stdout).toMatch(new RegExp(`users\\s+${demoAccounts.length + 2}\\n`));
    expect(restored.stdout).toContain('Audit chain BROKEN – CHANGED EVENT at event #2');
    expect(restored.code).toBe(1);
  });
});
