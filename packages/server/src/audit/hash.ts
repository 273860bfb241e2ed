/**
 * The audit chain: each event's hash covers its content and the previous event's hash,
 * so removing, reordering or editing any event breaks every link after it. Since migration
 * 0013 the hash is an HMAC keyed with a secret kept outside the database, and covers the
 * event's chain, position and key id as well; events written before it keep their plain
 * SHA-256 (key id null) and are accepted only as the start of chain 0.
 */
import { createHash, createHmac } from 'node:crypto';
import type { AuditKey } from './audit-keys';

export const genesisHash = '0'.repeat(64);

export interface HashedAuditContent {
  readonly occurredAt: Date;
  readonly actorUserId: string | null;
  readonly actor: unknown;
  readonly actorOrganisationId: string | null;
  readonly dataOrganisationId: string | null;
  readonly action: string;
  readonly subjectType: string | null;
  readonly subjectId: string | null;
  readonly citizenId: string | null;
  readonly outcome: string;
  readonly ip: string | null;
  readonly changes: unknown;
}

/** JSON with sorted keys, so jsonb's reordering does not change the hash. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** Where a keyed event sits: its chain, its position in it (1, 2, …) and the key. */
export interface ChainPlace {
  readonly chain: number;
  readonly position: number;
  readonly key: AuditKey;
}

export function computeKeyedAuditHash(content: HashedAuditContent, previousHash: string, place: ChainPlace): string {
  return createHmac('sha256', place.key.secret)
    .update(previousHash)
    .update('\n')
    .update(
      canonicalJson({
        ...content,
        occurredAt: content.occurredAt.toISOString(),
        chain: place.chain,
        position: place.position,
        keyId: place.key.id,
      }),
    )
    .digest('hex');
}

/** The plain SHA-256 of events written before the chain was keyed (migration 0013). */
export function computeAuditHash(content: HashedAuditContent, previousHash: string): string {
  return createHash('sha256')
    .update(previousHash)
    .update('\n')
    .update(canonicalJson({ ...content, occurredAt: content.occurredAt.toISOString() }))
    .digest('hex');
}
