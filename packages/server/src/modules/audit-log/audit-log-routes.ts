/** Searching the audit log: by citizen, by user, by period. Scoped to the own organisation's data and people. */
import type { FastifyInstance } from 'fastify';
import { auditLogRoutes, type AuditEvent } from '@hjemvej/contract';
import type { Role } from '@hjemvej/domain';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';
import { searchAuditEvents } from './audit-log-queries';

export function registerAuditLogRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, auditLogRoutes.search, async (ctx, { query }) => {
    const { rows, total } = await searchAuditEvents(ctx.tx, ctx.scope, query);
    ctx.describe({ subjectType: 'audit_log', citizenId: query.citizenId ?? null, changes: { filter: query, total } });
    return { items: rows.map(presentAuditEvent), total };
  });
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

function presentAuditEvent(row: Awaited<ReturnType<typeof searchAuditEvents>>['rows'][number]): AuditEvent {
  const actor = readActor(row.actor);
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
    outcome: row.outcome,
    ip: row.ip,
    changes: (row.changes ?? null) as Record<string, unknown> | null,
  };
}
