/**
 * Appends audit events inside the caller's transaction, keyed-hash-chained.
 *
 * The log is kept as `auditChainCount` parallel chains (lanes) instead of one line: a writer
 * takes whichever chain's head row nobody holds (`FOR UPDATE SKIP LOCKED`), appends its events
 * at the next positions of that chain and moves the head, and the row lock is released at
 * commit. So concurrent audited requests no longer queue behind one lock, yet every chain is a
 * single verifiable line (its unique (chain, position) index refuses a fork). Only when every
 * chain is held does a writer wait, for one of them. See docs/ARCHITECTURE.md (Audit).
 */
import { sql, type Transaction } from 'kysely';
import type { Database } from '../database/schema';
import { activeAuditKeyring } from './audit-keys';
import type { ActorSnapshot, AuditEventInput } from './audit-event';
import { computeKeyedAuditHash, genesisHash } from './hash';

/** How many chains writers spread over; more than the connections that write at once. */
export const auditChainCount = 16;

export interface AuditOrigin {
  readonly actor: ActorSnapshot | null;
  readonly ip: string | null;
}

interface ChainHead {
  readonly chain: number;
  readonly position: number;
  readonly head_hash: string;
}

export async function appendAuditEvents(
  tx: Transaction<Database>,
  origin: AuditOrigin,
  events: readonly AuditEventInput[],
  now: Date = new Date(),
): Promise<void> {
  if (events.length === 0) return;
  const key = activeAuditKeyring().current;
  const head = await claimChain(tx);
  let previousHash = head.head_hash;
  let position = Number(head.position);
  for (const event of events) {
    position += 1;
    const content = {
      occurredAt: now,
      actorUserId: origin.actor?.userId ?? null,
      actor: origin.actor,
      actorOrganisationId: origin.actor?.organisationId ?? null,
      dataOrganisationId: event.dataOrganisationId ?? origin.actor?.organisationId ?? null,
      action: event.action,
      subjectType: event.subjectType ?? null,
      subjectId: event.subjectId ?? null,
      citizenId: event.citizenId ?? null,
      outcome: event.outcome ?? 'ok',
      ip: origin.ip,
      changes: event.changes ?? null,
    };
    const hash = computeKeyedAuditHash(content, previousHash, { chain: head.chain, position, key });
    await tx
      .insertInto('audit_events')
      .values({
        occurred_at: content.occurredAt,
        actor_user_id: content.actorUserId,
        actor: content.actor === null ? null : JSON.stringify(content.actor),
        actor_organisation_id: content.actorOrganisationId,
        data_organisation_id: content.dataOrganisationId,
        action: content.action,
        subject_type: content.subjectType,
        subject_id: content.subjectId,
        citizen_id: content.citizenId,
        outcome: content.outcome,
        ip: content.ip,
        changes: content.changes === null ? null : JSON.stringify(content.changes),
        chain: head.chain,
        position,
        key_id: key.id,
        prev_hash: previousHash,
        hash,
      })
      .execute();
    previousHash = hash;
  }
  await tx.updateTable('audit_chains').set({ position, head_hash: previousHash }).where('chain', '=', head.chain).execute();
}

/**
 * Locks one chain's head row until commit: a free one if there is any (a transaction that
 * already holds one gets it back, its own lock does not make it skip), else waits for one.
 */
async function claimChain(tx: Transaction<Database>): Promise<ChainHead> {
  const free = await sql<ChainHead>`
    SELECT chain, position, head_hash FROM audit_chains ORDER BY random() LIMIT 1 FOR UPDATE SKIP LOCKED`.execute(tx);
  if (free.rows[0]) return free.rows[0];
  await createMissingChains(tx);
  const waited = await sql<ChainHead>`
    SELECT chain, position, head_hash FROM audit_chains
    WHERE chain = ${Math.floor(Math.random() * auditChainCount)}::smallint FOR UPDATE`.execute(tx);
  if (!waited.rows[0]) throw new Error('audit chain head missing');
  return waited.rows[0];
}

/**
 * The head rows are derived from the events (so a restore or a new database starts them from
 * what is there); concurrent creators wait for each other on the primary key and skip.
 */
async function createMissingChains(tx: Transaction<Database>): Promise<void> {
  await sql`
    INSERT INTO audit_chains (chain, position, head_hash)
    SELECT c.chain, coalesce(last.position, 0), coalesce(last.hash, ${genesisHash})
    FROM generate_series(0, ${auditChainCount - 1}::int) AS c(chain)
    LEFT JOIN LATERAL (
      SELECT e.position, e.hash FROM audit_events e WHERE e.chain = c.chain ORDER BY e.position DESC LIMIT 1
    ) last ON true
    WHERE NOT EXISTS (SELECT 1 FROM audit_chains a WHERE a.chain = c.chain)
    ON CONFLICT (chain) DO NOTHING`.execute(tx);
}
