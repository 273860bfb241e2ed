/**
 * SQL for citizens. Every read filters through `whereCitizenInScope`, so a citizen outside the
 * actor's need-to-know is simply not found. Linked duplicates (`merged_into_id`) resolve to the
 * surviving record; lists show surviving records only, but search also matches the duplicates.
 */
import { findPerson, unsafeSelectCitizenRecords, type CitizenRecord, type Person } from '../../course/person-queries';
import { personKeysInScope } from '../../access/citizen-scope';
import { sql, type Insertable, type Transaction, type Updateable } from 'kysely';
import type { Citizen, CitizenSummary } from '@hjemvej/contract';
import { maskCpr, type Role, type UnitKind } from '@hjemvej/domain';
import type { Actor } from '../../access/actor';
import type { CitizensTable, Database } from '../../database/schema';
import { insertRow } from '../../database/row-writes';

type Tx = Transaction<Database>;

/** The masked CPR number: the full number never leaves through these presenters. */
export function presentCitizenSummary(row: CitizenRecord): CitizenSummary {
  return {
    id: row.id,
    cpr: row.cpr === null ? null : maskCpr(row.cpr),
    birthDate: row.birthDate,
    birthDateIsApproximate: row.birthDateIsApproximate,
    firstName: row.firstName,
    lastName: row.lastName,
    alias: row.alias,
    handlekommune:
      row.handlekommuneId !== null && row.handlekommuneName !== null
        ? { id: row.handlekommuneId, name: row.handlekommuneName }
        : null,
  };
}

export function presentCitizen(row: CitizenRecord, linked: readonly CitizenRecord[]): Citizen {
  return {
    ...presentCitizenSummary(row),
    phone: row.phone,
    email: row.email,
    contactNote: row.contactNote,
    linkedRecords: linked.map((record) => {
      const { handlekommune: _handlekommune, ...summary } = presentCitizenSummary(record);
      return summary;
    }),
    responsible:
      row.responsibleUserId !== null && row.responsibleName !== null
        ? { id: row.responsibleUserId, name: row.responsibleName }
        : null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function likePattern(text: string): string {
  return `%${text.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
}

export interface CitizenSearch {
  readonly search?: string | undefined;
  readonly page: number;
  readonly pageSize: number;
}

/**
 * Up to this many persons (in scope and matching), the page is read by their ids: a probe per
 * person and a sort. Beyond, the persons are dense enough in the country that walking the name
 * index in order (checking each record against them) reaches a page after a few hundred records.
 */
const pageByIdsUpTo = 2_000;

/**
 * Surviving records in scope whose person matches: ten CPR digits exactly, six digits as the
 * start of the CPR number (the birth date), otherwise name or alias (also of linked records).
 *
 * Bounded by the caller's municipality, not the country: the persons are read from the records
 * that put them in scope (`personKeysInScope`: the municipality's records by
 * `citizens_handlekommune`), each checked against the search through its records
 * (`citizens_person`) or the trigram indexes, whichever the planner finds cheaper; the total
 * counts those persons (no join to the country's citizens).
 */
export async function searchCitizens(
  tx: Tx,
  actor: Actor,
  search: CitizenSearch,
): Promise<{ items: CitizenSummary[]; total: number }> {
  const text = search.search?.trim() ?? '';
  const cprDigits = /^(\d{6})-?(\d{4})?$/.exec(text);
  const persons = tx
    .selectFrom(sql<{ person_id: string }>`(${personKeysInScope(actor)})`.as('p'))
    .select('p.person_id')
    .$if(text !== '', (query) =>
      query.where((eb) =>
        eb.exists(
          eb
            .selectFrom('citizens as m')
            .select('m.id')
            // The person key (0015 `citizens_person`): one equality, not an OR over id and
            // merged_into_id, so the match can come from the name or CPR index or the person's.
            .where(sql<string>`coalesce(m.merged_into_id, m.id)`, '=', eb.ref('p.person_id'))
            .where((m) => {
              if (cprDigits) {
                const [, datePart, serial] = cprDigits;
                return serial ? m('m.cpr', '=', `${datePart}${serial}`) : m('m.cpr', 'like', `${datePart}%`);
              }
              const pattern = likePattern(text);
              return m.or([
                m(sql<string>`coalesce(m.first_name, '') || ' ' || coalesce(m.last_name, '')`, 'ilike', pattern),
                m('m.alias', 'ilike', pattern),
              ]);
            }),
        ),
      ),
    );
  const few = await persons
    .distinct()
    .limit(pageByIdsUpTo + 1)
    .execute();
  const byIds = few.length <= pageByIdsUpTo;
  if (byIds && few.length === 0) return { items: [], total: 0 };
  const total = byIds
    ? few.length
    : (
        await tx
          .selectFrom(persons.distinct().as('matched'))
          .select((eb) => eb.fn.countAll<number>().as('total'))
          .executeTakeFirstOrThrow()
      ).total;
  const rows = await unsafeSelectCitizenRecords(tx)
    .where('c.merged_into_id', 'is', null)
    // Without DISTINCT in the subquery, so the planner may walk `citizens_name` in order.
    .where('c.id', 'in', byIds ? few.map((row) => row.person_id) : persons)
    .orderBy(sql`lower(c.last_name)`, (ob) => ob.asc().nullsLast())
    .orderBy(sql`lower(c.first_name)`, (ob) => ob.asc().nullsLast())
    .orderBy(sql`lower(c.alias)`, (ob) => ob.asc().nullsLast())
    .orderBy('c.id')
    .limit(search.pageSize)
    .offset((search.page - 1) * search.pageSize)
    .execute();
  return { items: rows.map(presentCitizenSummary), total };
}

/** Ordered pair for citizen_distinct_pairs (a < b). */
export function orderedPair(a: string, b: string): [string, string] {
  return a < b ? [a, b] : [b, a];
}

/** Whether any record of one person was marked (by a split) as a different person from any record of the other. */
export async function isMarkedDistinct(tx: Tx, recordIdsA: readonly string[], recordIdsB: readonly string[]): Promise<boolean> {
  if (recordIdsA.length === 0 || recordIdsB.length === 0) return false;
  const row = await tx
    .selectFrom('citizen_distinct_pairs')
    .select('citizen_a_id')
    .where((eb) =>
      eb.or([
        eb.and([eb('citizen_a_id', 'in', [...recordIdsA]), eb('citizen_b_id', 'in', [...recordIdsB])]),
        eb.and([eb('citizen_a_id', 'in', [...recordIdsB]), eb('citizen_b_id', 'in', [...recordIdsA])]),
      ]),
    )
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Possible duplicates of a person, among the surviving records in the actor's scope: the same
 * CPR number, or the same first name, last name and birth date (case-insensitive). Records
 * marked as a different person by a split are left out.
 */
export async function findPossibleDuplicates(
  tx: Tx,
  actor: Actor,
  person: Pick<Person, 'root' | 'linked' | 'recordIds'>,
): Promise<CitizenSummary[]> {
  const records = [person.root, ...person.linked];
  const cprs = [...new Set(records.map((r) => r.cpr).filter((cpr): cpr is string => cpr !== null))];
  const nameKeys = records.filter((r) => r.firstName !== null && r.lastName !== null && r.birthDate !== null);
  if (cprs.length === 0 && nameKeys.length === 0) return [];
  const candidates = await tx
    .selectFrom('citizens as d')
    .select(['d.id', 'd.merged_into_id as mergedIntoId'])
    .where('d.id', 'not in', person.recordIds)
    .where((eb) => eb.or([eb('d.merged_into_id', 'is', null), eb('d.merged_into_id', 'not in', person.recordIds)]))
    .where((eb) =>
      eb.or([
        ...(cprs.length > 0 ? [eb('d.cpr', 'in', cprs)] : []),
        ...nameKeys.map((r) =>
          eb.and([
            eb(sql<string>`lower(d.first_name)`, '=', (r.firstName ?? '').toLowerCase()),
            eb(sql<string>`lower(d.last_name)`, '=', (r.lastName ?? '').toLowerCase()),
            eb('d.birth_date', '=', r.birthDate),
          ]),
        ),
      ]),
    )
    .limit(50)
    .execute();
  const duplicateIds = [...new Set(candidates.map((c) => c.mergedIntoId ?? c.id))];
  const result: CitizenSummary[] = [];
  for (const id of duplicateIds) {
    const other = await findPerson(tx, actor, id);
    if (!other) continue;
    if (await isMarkedDistinct(tx, person.recordIds, other.recordIds)) continue;
    result.push(presentCitizenSummary(other.root));
  }
  return result;
}

export async function findOrganisationKind(tx: Tx, organisationId: string) {
  return (
    (await tx.selectFrom('organisations').select(['id', 'kind']).where('id', '=', organisationId).executeTakeFirst()) ?? null
  );
}

/**
 * The active users of the municipality with their role and units' kinds: whom the service asks
 * `mayBeResponsibleCaseworker` about. With `userId`, that one user if they are the municipality's.
 */
export async function findColleaguesWithUnitKinds(
  tx: Tx,
  organisationId: string,
  userId?: string,
): Promise<{ id: string; name: string; role: Role; unitKinds: UnitKind[] }[]> {
  let query = tx
    .selectFrom('users as u')
    .select([
      'u.id',
      'u.display_name as name',
      'u.role',
      sql<UnitKind[]>`coalesce((
        SELECT json_agg(DISTINCT un.kind) FROM user_units uu JOIN units un ON un.id = uu.unit_id
        WHERE uu.user_id = u.id AND un.is_active
      ), '[]'::json)`.as('unitKinds'),
    ])
    .where('u.organisation_id', '=', organisationId)
    .where('u.is_active', '=', true)
    .orderBy('u.display_name')
    .orderBy('u.id');
  if (userId !== undefined) query = query.where('u.id', '=', userId);
  return query.execute();
}

export async function insertCitizen(tx: Tx, values: Insertable<CitizensTable>): Promise<{ id: string }> {
  return { id: await insertRow(tx, 'citizens', values) };
}

/** Updates the record only if it is still at `seenVersion` (bumping it); undefined when someone saved first. */
export async function updateCitizenIfVersion(
  tx: Tx,
  citizenId: string,
  seenVersion: number,
  values: Omit<Updateable<CitizensTable>, 'version'>,
): Promise<{ id: string } | undefined> {
  return tx
    .updateTable('citizens')
    .set((eb) => ({
      ...values,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', citizenId)
    .where('version', '=', seenVersion)
    .returning('id')
    .executeTakeFirst();
}

/** Links the records to the surviving record (merge). */
export async function updateCitizenRecordsMergedInto(tx: Tx, recordIds: readonly string[], survivorId: string): Promise<void> {
  await tx
    .updateTable('citizens')
    .set({ merged_into_id: survivorId, updated_at: new Date() })
    .where('id', 'in', recordIds)
    .execute();
}

/** Detaches one linked record again (split). */
export async function updateCitizenDetached(tx: Tx, recordId: string): Promise<void> {
  await tx.updateTable('citizens').set({ merged_into_id: null, updated_at: new Date() }).where('id', '=', recordId).execute();
}

export async function insertDistinctPair(tx: Tx, citizenAId: string, citizenBId: string, userId: string): Promise<void> {
  await tx
    .insertInto('citizen_distinct_pairs')
    .values({ citizen_a_id: citizenAId, citizen_b_id: citizenBId, created_by_user_id: userId })
    .onConflict((oc) => oc.doNothing())
    .execute();
}
