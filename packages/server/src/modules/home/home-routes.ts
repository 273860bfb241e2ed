/** The home page's figures, chosen by role. Counts only: no personal data leaves here. */
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { homeRoutes } from '@hjemvej/contract';
import { hasPermission } from '@hjemvej/domain';
import type { Db } from '../../database/connection';
import { registerSecuredRoute } from '../../http/secured-route';

export function registerHomeRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, homeRoutes.read, async (ctx) => {
    const { actor, tx } = ctx;
    const organisationId = actor.organisationId;
    const tiles: { key: string; count: number }[] = [];
    const startOfToday = new Date();
    startOfToday.setUTCHours(0, 0, 0, 0);
    if (hasPermission(actor.role, 'users.manage') || hasPermission(actor.role, 'organisation.manage')) {
      const row = await sql<{
        activeUsers: number;
        units: number;
        partners: number;
        auditEventsToday: number;
        failedSignInsToday: number;
      }>`
          SELECT
            (SELECT count(*) FROM users WHERE organisation_id = ${organisationId} AND is_active) AS "activeUsers",
            (SELECT count(*) FROM units WHERE organisation_id = ${organisationId} AND is_active) AS "units",
            (SELECT count(*) FROM organisation_partners WHERE organisation_id = ${organisationId}) AS "partners",
            (SELECT count(*) FROM audit_events WHERE data_organisation_id = ${organisationId} AND occurred_at >= ${startOfToday}) AS "auditEventsToday",
            (SELECT count(*) FROM audit_events WHERE data_organisation_id = ${organisationId} AND action = 'auth.sign_in_failed' AND occurred_at >= ${startOfToday}) AS "failedSignInsToday"
        `.execute(tx);
      const figures = row.rows[0];
      if (figures) for (const [key, count] of Object.entries(figures)) tiles.push({ key, count: Number(count) });
    } else {
      const unitIds = actor.units.map((u) => u.id);
      const colleagues =
        unitIds.length === 0
          ? 0
          : Number(
              (
                await tx
                  .selectFrom('user_units as uu')
                  .innerJoin('users as u', 'u.id', 'uu.user_id')
                  .select((eb) => eb.fn.count<number>('uu.user_id').distinct().as('n'))
                  .where('uu.unit_id', 'in', unitIds)
                  .where('u.is_active', '=', true)
                  .where('u.id', '<>', actor.userId)
                  .executeTakeFirstOrThrow()
              ).n,
            );
      tiles.push({ key: 'myUnits', count: unitIds.length }, { key: 'colleagues', count: colleagues });
    }
    return {
      organisation: {
        id: organisationId,
        name: actor.organisationName,
        kind: actor.organisationKind,
        isDemo: actor.organisationIsDemo,
      },
      role: actor.role,
      tiles,
    };
  });
}
