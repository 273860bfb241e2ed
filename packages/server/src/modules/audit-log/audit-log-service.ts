/**
 * Searching the audit log: by user, citizen (id, or name or CPR number of the own
 * organisation's citizens), record, action and period, within the own organisation's data and
 * people; each event's citizen named when the citizen is the organisation's own.
 */
import { isCprShaped, type AuditEvent, type AuditSearchResponse } from '@hjemvej/contract';
import type { Role } from '@hjemvej/domain';
import type { DataContext } from '../../http/secured-route';
import {
  findPersonsInScope,
  searchAuditEvents,
  systemMatchOwnCitizens,
  systemNameOwnCitizens,
  type AuditSearch,
  type NamedCitizen,
} from './audit-log-queries';

/** More persons than this matching a name is no search for one citizen: the first ones by id are used. */
const maxMatchedPersons = 200;

type AuditEventRow = Awaited<ReturnType<typeof searchAuditEvents>>['rows'][number];

export async function searchAuditLog(
  ctx: DataContext,
  query: Omit<AuditSearch, 'citizenRecordIds'> & { readonly citizen?: string | undefined },
): Promise<AuditSearchResponse> {
  const { citizen, ...search } = query;
  const matched =
    citizen === undefined
      ? null
      : await systemMatchOwnCitizens(
          ctx.tx,
          ctx.actor.organisationId,
          isCprShaped(citizen) ? { cprDigits: citizen.replace(/\D/g, '') } : { text: citizen },
          maxMatchedPersons,
        );
  const { rows, total } = await searchAuditEvents(ctx.tx, ctx.scope, {
    ...search,
    citizenRecordIds: matched?.flatMap((person) => person.recordIds),
  });
  const citizenIds = [...new Set(rows.flatMap((row) => (row.citizen_id ? [row.citizen_id] : [])))];
  const named = await systemNameOwnCitizens(ctx.tx, ctx.actor.organisationId, citizenIds);
  const shownPersonIds = [...new Set(named.map((citizen) => citizen.personId))];
  const openable = await findPersonsInScope(ctx.tx, ctx.actor, shownPersonIds);
  // Reading names is reading personal data: the event keeps whose names were shown and whom the
  // search matched (a CPR number searched is kept as such, not the number, like the citizen search).
  ctx.describe({
    subjectType: 'audit_log',
    citizenId: query.citizenId ?? (matched?.length === 1 ? (matched[0]?.personId ?? null) : null),
    changes: {
      filter: { ...query, ...(citizen !== undefined && isCprShaped(citizen) ? { citizen: '[cpr]' } : {}) },
      total,
      ...(matched ? { matchedCitizenIds: matched.map((person) => person.personId) } : {}),
      citizenIds: shownPersonIds,
    },
  });
  const byRecord = new Map(named.map((citizen) => [citizen.citizenId, citizen]));
  return { items: rows.map((row) => presentAuditEvent(row, byRecord, openable)), total };
}

interface ActorJson {
  userId?: string;
  displayName?: string;
  role?: string;
  organisationName?: string;
}

/** The actor snapshot is jsonb written by the audit writer; read it defensively. */
function readActor(value: unknown): ActorJson | null {
  return value !== null && typeof value === 'object' ? value : null;
}

function presentAuditEvent(
  row: AuditEventRow,
  named: ReadonlyMap<string, NamedCitizen>,
  openable: ReadonlySet<string>,
): AuditEvent {
  const actor = readActor(row.actor);
  const citizen = row.citizen_id ? named.get(row.citizen_id) : undefined;
  return {
    id: String(row.id),
    occurredAt: row.occurred_at.toISOString(),
    actor: {
      userId: row.actor_user_id,
      displayName: actor?.displayName ?? null,
      role: (actor?.role ?? null) as Role | null,
      organisationName: actor?.organisationName ?? null,
    },
    action: row.action as AuditEvent['action'],
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    citizenId: row.citizen_id,
    citizen: citizen
      ? { id: citizen.personId, name: citizen.name, mayOpen: openable.has(citizen.personId) }
      : row.citizen_id
        ? { id: row.citizen_id, name: null, mayOpen: false }
        : null,
    outcome: row.outcome,
    ip: row.ip,
    changes: (row.changes ?? null) as Record<string, unknown> | null,
  };
}
