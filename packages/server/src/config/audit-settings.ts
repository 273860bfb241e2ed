/**
 * Where the audit log's key and its signed checkpoints live: outside the database, so that
 * someone who controls the database can neither recompute a hash nor move the anchor.
 *
 * AUDIT_KEYS (`id:secret,…`, the last is current) or AUDIT_KEY_FILE (one `id secret` a line, the
 * last is current) give the key; AUDIT_DIR is the folder for the generated key file and the
 * checkpoint file (default: the PGlite data folder; for PostgreSQL ./data/audit/<host>-<port>-<db>).
 * On `pglite://memory` without keys the key is thrown away with the process, like the data.
 */
import path from 'node:path';
import type { DatabaseTarget } from './database-url';

export interface AuditSettings {
  /** Inline keys from AUDIT_KEYS, or null. */
  readonly inlineKeys: string | null;
  /** The key file (generated with a first key when missing), or null for inline or throw-away keys. */
  readonly keyFile: string | null;
  /** The append-only file of signed checkpoints, or null (checkpoints go to the log only). */
  readonly checkpointFile: string | null;
  /** Names this database in every checkpoint, so one folder can serve several databases. */
  readonly databaseName: string;
  /** Minutes between automatic checkpoints (0: only on demand and at shut-down). */
  readonly checkpointMinutes: number;
}

export const auditKeyFileName = 'audit-keys';
export const auditCheckpointFileName = 'audit-checkpoints.jsonl';

/** A stable name of the database that says nothing secret (no password, no folder). */
export function auditDatabaseName(target: DatabaseTarget): string {
  if (target.kind === 'pglite') return target.dataDir === null ? 'pglite-memory' : 'pglite';
  const url = new URL(target.connectionString);
  return `postgres-${url.hostname}-${url.port || '5432'}-${url.pathname.replace(/^\//, '') || 'postgres'}`;
}

function defaultAuditDir(target: DatabaseTarget, repositoryRoot: string): string | null {
  if (target.kind === 'pglite') return target.dataDir;
  return path.join(repositoryRoot, 'data', 'audit', auditDatabaseName(target));
}

export function auditSettingsFrom(env: NodeJS.ProcessEnv, target: DatabaseTarget, repositoryRoot: string): AuditSettings {
  const dir = env.AUDIT_DIR ? path.resolve(repositoryRoot, env.AUDIT_DIR) : defaultAuditDir(target, repositoryRoot);
  const inlineKeys = env.AUDIT_KEYS?.trim() ? env.AUDIT_KEYS.trim() : null;
  const keyFile = env.AUDIT_KEY_FILE
    ? path.resolve(repositoryRoot, env.AUDIT_KEY_FILE)
    : inlineKeys === null && dir !== null
      ? path.join(dir, auditKeyFileName)
      : null;
  const minutes = env.AUDIT_CHECKPOINT_MINUTES;
  const checkpointMinutes = minutes === undefined || minutes === '' ? 5 : Number(minutes);
  if (!Number.isFinite(checkpointMinutes) || checkpointMinutes < 0)
    throw new Error(`AUDIT_CHECKPOINT_MINUTES must be a number of minutes, got "${minutes}"`);
  return {
    inlineKeys,
    keyFile,
    checkpointFile: dir === null ? null : path.join(dir, auditCheckpointFileName),
    databaseName: auditDatabaseName(target),
    checkpointMinutes,
  };
}
