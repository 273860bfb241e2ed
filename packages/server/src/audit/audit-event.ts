import type { AuditAction, AuditSubjectType } from '@hjemvej/contract';
import type { Actor } from '../access/actor';

export type AuditOutcome = 'ok' | 'refused' | 'failed';

/** What happened to which subject. The actor and time are added by the writer. */
export interface AuditEventInput {
  readonly action: AuditAction;
  readonly outcome?: AuditOutcome;
  /** From the contract's closed list, so the audit log can say it in words. */
  readonly subjectType?: AuditSubjectType | null;
  readonly subjectId?: string | null;
  readonly citizenId?: string | null;
  /** The organisation whose data this is (who may later search for it). */
  readonly dataOrganisationId?: string | null;
  readonly changes?: Record<string, unknown> | null;
}

/** A snapshot of who acted, stored with every event so it outlives the user. */
export interface ActorSnapshot {
  readonly userId: string;
  readonly displayName: string;
  readonly email: string;
  readonly role: string;
  readonly organisationId: string;
  readonly organisationName: string;
}

export function snapshotOf(actor: Actor): ActorSnapshot {
  return {
    userId: actor.userId,
    displayName: actor.displayName,
    email: actor.email,
    role: actor.role,
    organisationId: actor.organisationId,
    organisationName: actor.organisationName,
  };
}

/** The before/after of the fields that changed; unchanged fields are left out. */
export function diffChanges<T extends Record<string, unknown>>(
  before: T,
  after: Partial<T>,
): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [key, to] of Object.entries(after)) {
    if (to === undefined) continue;
    const from = before[key];
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[key] = { from, to };
  }
  return changes;
}
