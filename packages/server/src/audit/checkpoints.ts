/**
 * Signed checkpoints anchor the audit chains outside the database: each one names, for every
 * chain, the position and hash of its head at a moment, signed (HMAC-SHA-256) with the audit
 * key. They are appended to a file the database cannot change (and written to the log stream),
 * so `hjemvej audit verify` can name a removed tail (a chain now ends before a checkpoint's
 * position) or a rewritten head (the event at that position is not the one signed).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import type { Db } from '../database/connection';
import type { AuditKey, AuditKeyring } from './audit-keys';
import { auditChainCount } from './audit-writer';
import { canonicalJson } from './hash';

export interface ChainHeadMark {
  readonly chain: number;
  readonly position: number;
  readonly hash: string;
}

export interface AuditCheckpoint {
  readonly database: string;
  /** ISO time the heads were read. */
  readonly at: string;
  readonly keyId: string;
  /** Every chain that has events, with its head. */
  readonly heads: readonly ChainHeadMark[];
  readonly mac: string;
}

function macOf(checkpoint: Omit<AuditCheckpoint, 'mac'>, key: AuditKey): string {
  const { database, at, keyId, heads } = checkpoint;
  return createHmac('sha256', key.secret)
    .update(canonicalJson({ database, at, keyId, heads: heads.map((h) => ({ ...h })) }))
    .digest('hex');
}

/** The head of every chain, read in one statement (one snapshot): committed events only. */
export async function readChainHeads(db: Db): Promise<ChainHeadMark[]> {
  const result = await sql<{ chain: number; position: string | number; hash: string }>`
    SELECT c.chain, last.position, last.hash
    FROM generate_series(0, ${auditChainCount - 1}::int) AS c(chain)
    CROSS JOIN LATERAL (
      SELECT e.position, e.hash FROM audit_events e WHERE e.chain = c.chain ORDER BY e.position DESC LIMIT 1
    ) last
    ORDER BY c.chain`.execute(db);
  return result.rows.map((row) => ({ chain: Number(row.chain), position: Number(row.position), hash: row.hash }));
}

export async function takeAuditCheckpoint(
  db: Db,
  key: AuditKey,
  database: string,
  now: Date = new Date(),
): Promise<AuditCheckpoint> {
  const unsigned = { database, at: now.toISOString(), keyId: key.id, heads: await readChainHeads(db) };
  return { ...unsigned, mac: macOf(unsigned, key) };
}

/** Appends one line (O_APPEND: lines of several processes never interleave) and flushes it to disk. */
export function appendCheckpoint(file: string, checkpoint: AuditCheckpoint): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const fd = fs.openSync(file, 'a', 0o600);
  try {
    fs.writeSync(fd, `${JSON.stringify(checkpoint)}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export type CheckpointReading =
  | { readonly kind: 'valid'; readonly line: number; readonly checkpoint: AuditCheckpoint }
  | { readonly kind: 'invalid'; readonly line: number; readonly reason: string };

/** Every line of the file for this database, each checked against the keyring. */
export function readCheckpoints(file: string, database: string, keyring: AuditKeyring): CheckpointReading[] {
  if (!fs.existsSync(file)) return [];
  const readings: CheckpointReading[] = [];
  fs.readFileSync(file, 'utf8')
    .split('\n')
    .forEach((text, index) => {
      if (text.trim() === '') return;
      const line = index + 1;
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        readings.push({ kind: 'invalid', line, reason: 'is not a checkpoint (not JSON)' });
        return;
      }
      const checkpoint = parsed as AuditCheckpoint;
      if (typeof checkpoint.database !== 'string' || !Array.isArray(checkpoint.heads) || typeof checkpoint.mac !== 'string') {
        readings.push({ kind: 'invalid', line, reason: 'is not a checkpoint' });
        return;
      }
      if (checkpoint.database !== database) return;
      readings.push(checkCheckpoint(checkpoint, line, keyring));
    });
  return readings;
}

export function checkCheckpoint(checkpoint: AuditCheckpoint, line: number, keyring: AuditKeyring): CheckpointReading {
  const key = keyring.keys.get(checkpoint.keyId);
  if (!key)
    return { kind: 'invalid', line, reason: `is signed with the key ${checkpoint.keyId}, which is not in ${keyring.source}` };
  const expected = Buffer.from(macOf(checkpoint, key), 'hex');
  const given = Buffer.from(checkpoint.mac, 'hex');
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    return { kind: 'invalid', line, reason: 'has a signature that does not match its content (forged or edited)' };
  return { kind: 'valid', line, checkpoint };
}
