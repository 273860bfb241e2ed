import type { Transaction } from 'kysely';
import { whereOrganisationInScope, type OrganisationScope } from '../../access/scope';
import type { Database } from '../../database/schema';

export interface AuditSearch {
  readonly userId?: string | undefined;
  readonly citizenId?: string | undefined;
  readonly subjectId?: string | undefined;
  readonly action?: string | undefined;
  /** Inclusive dates, YYYY-MM-DD, in Danish time. */
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly page: number;
  readonly pageSize: number;
}

/** Start of a Danish calendar day as an instant (Europe/Copenhagen). */
function startOfDanishDay(date: string): Date {
  const noonUtc = new Date(`${date}T12:00:00Z`);
  const offsetHours =
    Number(
      new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Copenhagen', hour: '2-digit', hourCycle: 'h23' }).format(noonUtc),
    ) - 12;
  return new Date(new Date(`${date}T00:00:00Z`).getTime() - offsetHours * 3_600_000);
}

export async function searchAuditEvents(tx: Transaction<Database>, scope: OrganisationScope, search: AuditSearch) {
  let query = tx
    .selectFrom('audit_events')
    .where((eb) =>
      eb.or([
        whereOrganisationInScope(eb, 'data_organisation_id', scope),
        whereOrganisationInScope(eb, 'actor_organisation_id', scope),
      ]),
    );
  if (search.userId) {
    const userId = search.userId;
    query = query.where((eb) =>
      eb.or([eb('actor_user_id', '=', userId), eb.and([eb('subject_type', '=', 'user'), eb('subject_id', '=', userId)])]),
    );
  }
  if (search.citizenId) query = query.where('citizen_id', '=', search.citizenId);
  if (search.subjectId) query = query.where('subject_id', '=', search.subjectId);
  if (search.action) query = query.where('action', '=', search.action);
  if (search.from) query = query.where('occurred_at', '>=', startOfDanishDay(search.from));
  if (search.to) {
    const next = new Date(`${search.to}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    query = query.where('occurred_at', '<', startOfDanishDay(next.toISOString().slice(0, 10)));
  }
  const [{ total }, rows] = await Promise.all([
    query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
    query
      .selectAll()
      .orderBy('id', 'desc')
      .limit(search.pageSize)
      .offset((search.page - 1) * search.pageSize)
      .execute(),
  ]);
  return { rows, total };
}
