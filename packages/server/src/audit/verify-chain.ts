/**
 * Walks every audit chain in order, checks every link and every keyed hash, and then checks
 * the chains against the signed checkpoints kept outside the database. Used by
 * `hjemvej audit verify` and after a restore. The first problem found is named.
 */
import type { Selectable } from 'kysely';
import type { Db } from '../database/connection';
import type { AuditEventsTable } from '../database/schema';
import type { AuditKeyring } from './audit-keys';
import type { AuditCheckpoint, CheckpointReading } from './checkpoints';
import { computeAuditHash, computeKeyedAuditHash, genesisHash, type HashedAuditContent } from './hash';

export type ChainProblem =
  /** An event's content does not match its hash. */
  | 'changed'
  /** prev_hash does not match the event before, or positions jump: events removed or reordered. */
  | 'link'
  /** A plain SHA-256 where the keyed hash is required: recomputed by someone without the key. */
  | 'unkeyed'
  /** Hashed with a key id the keyring does not know. */
  | 'unknown_key'
  /** A chain ends before the position a checkpoint saw. */
  | 'missing_tail'
  /** The event at a checkpoint's position is not the one the checkpoint signed. */
  | 'rewritten'
  /** A line of the checkpoint file is not signed by a known key. */
  | 'bad_checkpoint';

export type ChainVerdict =
  | {
      readonly ok: true;
      readonly count: number;
      readonly chains: number;
      /** The newest valid checkpoint the chains were checked against, and events after it. */
      readonly latestCheckpoint: AuditCheckpoint | null;
      readonly checkpointsChecked: number;
      readonly eventsAfterLatestCheckpoint: number;
    }
  | {
      readonly ok: false;
      readonly count: number;
      readonly problem: ChainProblem;
      /** The event at fault, when there is one (a removed tail has none left). */
      readonly brokenAtId: number | null;
      readonly chain: number | null;
      readonly position: number | null;
      readonly reason: string;
    };

export interface VerifyOptions {
  readonly keyring: AuditKeyring;
  /** The checkpoint file's lines for this database (see readCheckpoints); none: the chains alone. */
  readonly checkpoints?: readonly CheckpointReading[];
  readonly onProgress?: (checked: number) => void;
}

const batchSize = 5000;

type HashedColumn =
  | 'occurred_at'
  | 'actor_user_id'
  | 'actor'
  | 'actor_organisation_id'
  | 'data_organisation_id'
  | 'action'
  | 'subject_type'
  | 'subject_id'
  | 'citizen_id'
  | 'outcome'
  | 'ip'
  | 'changes';

type Broken = Extract<ChainVerdict, { ok: false }>;

export async function verifyAuditChain(db: Db, options: VerifyOptions): Promise<ChainVerdict> {
  const readings = options.checkpoints ?? [];
  const invalid = readings.find((r) => r.kind === 'invalid');
  if (invalid) return broken('bad_checkpoint', null, null, null, 0, `checkpoint line ${invalid.line} ${invalid.reason}`);
  const checkpoints = readings.flatMap((r) => (r.kind === 'valid' ? [r.checkpoint] : []));
  /** Hashes to remember while walking: the positions some checkpoint names. */
  const wanted = new Set(checkpoints.flatMap((c) => c.heads.map((h) => `${h.chain}:${h.position}`)));
  const seen = new Map<string, { hash: string; id: number }>();
  const lastPosition = new Map<number, number>();

  let count = 0;
  let chain = -1;
  let expectedPosition = 1;
  let previousHash = genesisHash;
  let keyedSeen = false;
  let after: { chain: number; position: number } = { chain: -1, position: 0 };
  for (;;) {
    const rows = await db
      .selectFrom('audit_events')
      .selectAll()
      .where((eb) => eb(eb.refTuple('chain', 'position'), '>', eb.tuple(after.chain, after.position)))
      .orderBy('chain')
      .orderBy('position')
      .limit(batchSize)
      .execute();
    if (rows.length === 0) break;
    for (const row of rows) {
      const position = Number(row.position);
      if (row.chain !== chain) {
        chain = row.chain;
        expectedPosition = 1;
        previousHash = genesisHash;
        keyedSeen = false;
      }
      const at = (problem: ChainProblem, reason: string): Broken => broken(problem, row.id, chain, position, count, reason);
      if (position !== expectedPosition)
        return at(
          'link',
          position > expectedPosition
            ? `chain ${chain} jumps from position ${expectedPosition - 1} to ${position}: ${position - expectedPosition} event(s) were removed`
            : `chain ${chain} repeats position ${position}`,
        );
      if (row.prev_hash !== previousHash)
        return at('link', 'prev_hash does not match the hash of the event before it (an event was removed or reordered)');
      const content = contentOf(row);
      if (row.key_id === null) {
        if (chain !== 0 || keyedSeen)
          return at(
            'unkeyed',
            'the event carries a plain SHA-256 where a keyed hash is required: it was rewritten by someone without the audit key',
          );
        if (computeAuditHash(content, previousHash) !== row.hash)
          return at('changed', 'the content of the event does not match its hash (the event was changed)');
      } else {
        keyedSeen = true;
        const key = options.keyring.keys.get(row.key_id);
        if (!key)
          return at('unknown_key', `the event is hashed with the key ${row.key_id}, which is not in ${options.keyring.source}`);
        if (computeKeyedAuditHash(content, previousHash, { chain, position, key }) !== row.hash)
          return at('changed', 'the content of the event does not match its keyed hash (the event was changed)');
      }
      if (wanted.has(`${chain}:${position}`)) seen.set(`${chain}:${position}`, { hash: row.hash, id: row.id });
      lastPosition.set(chain, position);
      previousHash = row.hash;
      expectedPosition = position + 1;
      after = { chain, position };
      count += 1;
    }
    options.onProgress?.(count);
  }

  // Newest first, so a problem is named against the latest checkpoint that shows it.
  const newestFirst = [...checkpoints].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  for (const checkpoint of newestFirst) {
    for (const head of checkpoint.heads) {
      const last = lastPosition.get(head.chain) ?? 0;
      if (last < head.position)
        return broken(
          'missing_tail',
          null,
          head.chain,
          head.position,
          count,
          `chain ${head.chain} ends at position ${last}, but the checkpoint of ${checkpoint.at} saw position ${head.position}: ` +
            `the last ${head.position - last} event(s) of the chain were removed`,
        );
      const event = seen.get(`${head.chain}:${head.position}`);
      if (event?.hash !== head.hash)
        return broken(
          'rewritten',
          event?.id ?? null,
          head.chain,
          head.position,
          count,
          `event #${event?.id ?? '?'} at position ${head.position} of chain ${head.chain} is not the event the checkpoint of ${checkpoint.at} signed: the chain was rewritten`,
        );
    }
  }
  const latest = newestFirst[0] ?? null;
  const anchored = latest?.heads.reduce((sum, head) => sum + head.position, 0) ?? 0;
  return {
    ok: true,
    count,
    chains: lastPosition.size,
    latestCheckpoint: latest,
    checkpointsChecked: checkpoints.length,
    eventsAfterLatestCheckpoint: count - anchored,
  };
}

const problemTitles: Record<ChainProblem, string> = {
  changed: 'CHANGED EVENT',
  link: 'BROKEN LINK',
  unkeyed: 'REWRITTEN WITHOUT THE KEY',
  unknown_key: 'UNKNOWN KEY',
  missing_tail: 'MISSING TAIL',
  rewritten: 'REWRITTEN HEAD',
  bad_checkpoint: 'FORGED CHECKPOINT',
};

/** One line naming what is wrong, e.g. "MISSING TAIL: chain 3 ends at position 7, but …". */
export function describeBrokenChain(verdict: Extract<ChainVerdict, { ok: false }>): string {
  const where = verdict.brokenAtId === null ? '' : ` at event #${verdict.brokenAtId}`;
  return `Audit chain BROKEN – ${problemTitles[verdict.problem]}${where}: ${verdict.reason}`;
}

function broken(
  problem: ChainProblem,
  brokenAtId: number | null,
  chain: number | null,
  position: number | null,
  count: number,
  reason: string,
): Broken {
  return { ok: false, problem, brokenAtId, chain, position, count, reason };
}

/** The hashed content of a stored event (the columns, as the writer hashed them). */
export function contentOf(row: Pick<Selectable<AuditEventsTable>, HashedColumn>): HashedAuditContent {
  return {
    occurredAt: row.occurred_at,
    actorUserId: row.actor_user_id,
    actor: row.actor,
    actorOrganisationId: row.actor_organisation_id,
    dataOrganisationId: row.data_organisation_id,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    citizenId: row.citizen_id,
    outcome: row.outcome,
    ip: row.ip,
    changes: row.changes,
  };
}
