/**
 * The audit chain: each event's hash covers its content and the previous event's hash,
 * so removing, reordering or editing any event breaks every link after it.
 */
import { createHash } from 'node:crypto';

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

export function computeAuditHash(content: HashedAuditContent, previousHash: string): string {
  return createHash('sha256')
    .update(previousHash)
    .update('\n')
    .update(canonicalJson({ ...content, occurredAt: content.occurredAt.toISOString() }))
    .digest('hex');
}
