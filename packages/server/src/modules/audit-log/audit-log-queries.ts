import { sql, type Transaction } from 'kysely';
import type { Actor } from '../../access/actor';
import { whereCitizenInScope } from '../../access/citizen-scope';
import { whereOrganisationInScope, type OrganisationScope } from '../../access/scope';
import type { Database } from '../../database/schema';
import { likePattern } from '../citizens/citizen-queries';

export interface AuditSearch {
  readonly userId?: string | undefined;
  readonly citizenId?: string | undefined;
  /** The records of the persons a citizen search matched (empty: it matched nobody). */
  readonly citizenRecordIds?: readonly string[] | undefined;
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
  if (search.citizenRecordIds) {
    const recordIds = search.citizenRecordIds;
    query = recordIds.length === 0 ? query.where(sql<boolean>`false`) : query.where('citizen_id', 'in', [...recordIds]);
  }
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

/**
 * The persons "of the organisation" for its audit log, as the log is searched within the own
 * organisation's data: a person (any of their records) whose handlekommune it is, or who stays
 * or stayed at it (a shelter). Outside need-to-know on purpose, and so named: the
 * data-protection officer (`audit.read`) reaches nobody by need-to-know, yet must find who read
 * whose file. Nobody else's citizens are found (a national or system administrator's
 * organisation is nobody's handlekommune): not-yours matches nothing, never leaks existence.
 */
function systemOwnPersons(tx: Transaction<Database>, organisationId: string) {
  return tx
    .selectFrom('citizens as own')
    .select(sql<string>`coalesce(own.merged_into_id, own.id)`.as('person_id'))
    .where((eb) =>
      eb.or([
        eb('own.handlekommune_id', '=', organisationId),
        eb.exists(
          eb
            .selectFrom('shelter_stays as s')
            .select('s.id')
            .whereRef('s.citizen_id', '=', 'own.id')
            .where('s.shelter_id', '=', organisationId),
        ),
      ]),
    );
}

export interface OwnCitizenMatch {
  /** The surviving record's id. */
  readonly personId: string;
  /** Every record of the person: events name the record that was current when they were written. */
  readonly recordIds: readonly string[];
}

/**
 * The organisation's persons whose name or alias contains `text`, or whose CPR number is
 * `cprDigits` (a whole number: never a prefix, so a birth date finds nobody).
 */
export async function systemMatchOwnCitizens(
  tx: Transaction<Database>,
  organisationId: string,
  match: { readonly cprDigits: string } | { readonly text: string },
  limit: number,
): Promise<OwnCitizenMatch[]> {
  const matching = tx
    .selectFrom('citizens as m')
    .select(sql<string>`coalesce(m.merged_into_id, m.id)`.as('person_id'))
    .where(sql<string>`coalesce(m.merged_into_id, m.id)`, 'in', systemOwnPersons(tx, organisationId))
    .where((m) => {
      if ('cprDigits' in match) return m('m.cpr', '=', match.cprDigits);
      const pattern = likePattern(match.text);
      return m.or([
        m(sql<string>`coalesce(m.first_name, '') || ' ' || coalesce(m.last_name, '')`, 'ilike', pattern),
        m('m.alias', 'ilike', pattern),
      ]);
    })
    .distinct()
    .orderBy('person_id')
    .limit(limit);
  const rows = await tx
    .selectFrom('citizens as r')
    .select([sql<string>`coalesce(r.merged_into_id, r.id)`.as('personId'), 'r.id'])
    .where(sql<string>`coalesce(r.merged_into_id, r.id)`, 'in', matching)
    .execute();
  const byPerson = new Map<string, string[]>();
  for (const row of rows) byPerson.set(row.personId, [...(byPerson.get(row.personId) ?? []), row.id]);
  return [...byPerson].map(([personId, recordIds]) => ({ personId, recordIds }));
}

export interface NamedCitizen {
  /** The record id the event names. */
  readonly citizenId: string;
  readonly personId: string;
  readonly name: string | null;
}

/** The names (surviving record's) of the organisation's persons among the records `citizenIds`. */
export async function systemNameOwnCitizens(
  tx: Transaction<Database>,
  organisationId: string,
  citizenIds: readonly string[],
): Promise<NamedCitizen[]> {
  if (citizenIds.length === 0) return [];
  const rows = await tx
    .selectFrom('citizens as e')
    .innerJoin('citizens as p', (join) => join.on('p.id', '=', sql<string>`coalesce(e.merged_into_id, e.id)`))
    .select(['e.id as citizenId', 'p.id as personId', 'p.first_name as firstName', 'p.last_name as lastName', 'p.alias'])
    .where('e.id', 'in', [...citizenIds])
    .where('p.id', 'in', systemOwnPersons(tx, organisationId))
    .execute();
  return rows.map((row) => {
    const name = [row.firstName, row.lastName].filter((part) => part !== null && part !== '').join(' ');
    return { citizenId: row.citizenId, personId: row.personId, name: name !== '' ? name : row.alias };
  });
}

/** Which of the persons the actor's need-to-know reaches (whose page the actor may open). */
export async function findPersonsInScope(
  tx: Transaction<Database>,
  actor: Actor,
  personIds: readonly string[],
): Promise<Set<string>> {
  if (personIds.length === 0) return new Set();
  const rows = await tx
    .selectFrom('citizens as c')
    .select('c.id')
    .where('c.id', 'in', [...personIds])
    .where((eb) => whereCitizenInScope(eb, 'c.id', actor))
    .execute();
  return new Set(rows.map((row) => row.id));
}
