/**
 * Walks the whole audit log in order and checks every link of the hash chain.
 * Used by `hjemvej audit verify`.
 */
import type { Db } from '../database/connection';
import { computeAuditHash, genesisHash } from './hash';

export type ChainVerdict =
  | { readonly ok: true; readonly count: number }
  | { readonly ok: false; readonly count: number; readonly brokenAtId: number; readonly reason: string };

const batchSize = 5000;

export async function verifyAuditChain(db: Db, onProgress?: (checked: number) => void): Promise<ChainVerdict> {
  let previousHash = genesisHash;
  let afterId = 0;
  let count = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(batchSize)
      .execute();
    if (rows.length === 0) return { ok: true, count };
    for (const row of rows) {
      if (row.prev_hash !== previousHash) {
        return {
          ok: false,
          count,
          brokenAtId: row.id,
          reason: 'prev_hash does not match the hash of the event before it (an event was removed or reordered)',
        };
      }
      const expected = computeAuditHash(
        {
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
        },
        previousHash,
      );
      if (expected !== row.hash) {
        return {
          ok: false,
          count,
          brokenAtId: row.id,
          reason: 'the content of the event does not match its hash (the event was changed)',
        };
      }
      previousHash = row.hash;
      afterId = row.id;
      count += 1;
    }
    onProgress?.(count);
  }
}
