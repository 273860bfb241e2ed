/**
 * Appends audit events inside the caller's transaction. A transaction-scoped advisory lock
 * serialises writers so the hash chain stays a single line even with many web processes.
 */
import { sql, type Transaction } from 'kysely';
import type { Database } from '../database/schema';
import type { ActorSnapshot, AuditEventInput } from './audit-event';
import { computeAuditHash, genesisHash } from './hash';

/** Arbitrary constant naming the audit chain's advisory lock. */
const auditChainLockKey = 7_201_104;

export interface AuditOrigin {
  readonly actor: ActorSnapshot | null;
  readonly ip: string | null;
}

export async function appendAuditEvents(
  tx: Transaction<Database>,
  origin: AuditOrigin,
  events: readonly AuditEventInput[],
  now: Date = new Date(),
): Promise<void> {
  if (events.length === 0) return;
  await sql`SELECT pg_advisory_xact_lock(${auditChainLockKey})`.execute(tx);
  const last = await tx.selectFrom('audit_events').select('hash').orderBy('id', 'desc').limit(1).executeTakeFirst();
  let previousHash = last?.hash ?? genesisHash;
  for (const event of events) {
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
    const hash = computeAuditHash(content, previousHash);
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
        prev_hash: previousHash,
        hash,
      })
      .execute();
    previousHash = hash;
  }
}
