/**
 * SQL for programmes. A programme belongs to the national agency that runs it: every read and
 * write is filtered by the caller's organisation scope, so another agency's programme (and a
 * member or activity of it) is simply not found. No table here refers to a citizen.
 */
import { sql, type Insertable, type Transaction, type Updateable } from 'kysely';
import { supportMethods, type SupportMethod } from '@hjemvej/domain';
import type { ProgrammeActivity, ProgrammeMember } from '@hjemvej/contract';
import { whereOrganisationInScope, type OrganisationScope } from '../../access/scope';
import type { Database, ProgrammeActivitiesTable, ProgrammeMembersTable, ProgrammesTable } from '../../database/schema';
import { insertRow, updateRowById } from '../../database/row-writes';
import { createdByColumn } from '../../database/record-stamps';
import { findFirstRow } from '../../database/first-row';

type Tx = Transaction<Database>;

function selectProgrammes(tx: Tx, scope: OrganisationScope) {
  return tx
    .selectFrom('programmes as p')
    .innerJoin('users as o', 'o.id', 'p.owner_user_id')
    .select([
      'p.id',
      'p.organisation_id as organisationId',
      'p.name',
      'p.starts_on as startsOn',
      'p.ends_on as endsOn',
      'p.owner_user_id as ownerUserId',
      'o.display_name as ownerName',
      'p.description',
      'p.updated_at as updatedAt',
      'p.version',
      sql<number>`(SELECT count(*) FROM programme_members m WHERE m.programme_id = p.id)::int`.as('memberCount'),
      sql<number>`(SELECT count(*) FROM programme_activities a WHERE a.programme_id = p.id)::int`.as('activityCount'),
    ])
    .where((eb) => whereOrganisationInScope(eb, 'p.organisation_id', scope));
}

export type ProgrammeRow = Awaited<ReturnType<ReturnType<typeof selectProgrammes>['executeTakeFirstOrThrow']>>;

export async function findProgrammes(tx: Tx, scope: OrganisationScope): Promise<ProgrammeRow[]> {
  return selectProgrammes(tx, scope).orderBy('p.starts_on', 'desc').orderBy('p.name').execute();
}

/** One programme in the caller's scope (locked for a change when `forUpdate`). */
export function findProgramme(
  tx: Tx,
  scope: OrganisationScope,
  programmeId: string,
  forUpdate = false,
): Promise<ProgrammeRow | null> {
  return findFirstRow(selectProgrammes(tx, scope).where('p.id', '=', programmeId), forUpdate && 'p');
}

const methodsOf = (value: unknown): SupportMethod[] =>
  Array.isArray(value) ? supportMethods.filter((m) => value.includes(m)) : [];

export async function findMembers(tx: Tx, programmeId: string): Promise<ProgrammeMember[]> {
  const rows = await tx
    .selectFrom('programme_members as m')
    .innerJoin('organisations as org', 'org.id', 'm.organisation_id')
    .select([
      'm.id',
      'm.organisation_id as organisationId',
      'org.name as organisationName',
      'org.kind as organisationKind',
      'm.role',
      'm.methods',
      'm.joined_on as joinedOn',
      'm.left_on as leftOn',
    ])
    .where('m.programme_id', '=', programmeId)
    .orderBy('org.name')
    .orderBy('m.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    organisationId: r.organisationId,
    organisationName: r.organisationName,
    organisationKind: r.organisationKind === 'shelter' ? 'shelter' : 'municipality',
    role: r.role,
    methods: methodsOf(r.methods),
    joinedOn: r.joinedOn,
    leftOn: r.leftOn,
  }));
}

export async function findActivities(tx: Tx, programmeId: string): Promise<ProgrammeActivity[]> {
  const rows = await tx
    .selectFrom('programme_activities as a')
    .select([
      'a.id',
      'a.kind',
      'a.occurred_on as occurredOn',
      'a.topic',
      'a.note',
      createdByColumn('a'),
      'a.created_at as createdAt',
      sql<string[]>`coalesce((SELECT array_agg(am.member_id::text ORDER BY am.member_id) FROM programme_activity_members am
                              WHERE am.activity_id = a.id), '{}')`.as('memberIds'),
    ])
    .where('a.programme_id', '=', programmeId)
    .orderBy('a.occurred_on', 'desc')
    .orderBy('a.created_at', 'desc')
    .execute();
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

export async function findAgencyUsers(tx: Tx, organisationId: string) {
  return tx
    .selectFrom('users')
    .select(['id', 'display_name as name'])
    .where('organisation_id', '=', organisationId)
    .where('is_active', '=', true)
    .orderBy('display_name')
    .execute();
}

/** Every municipality and § 110 shelter: the register members are chosen from (names only). */
export async function findMemberCandidates(tx: Tx) {
  const rows = await tx
    .selectFrom('organisations')
    .select(['id', 'name', 'kind'])
    .where('kind', 'in', ['municipality', 'shelter'])
    .orderBy('name')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind === 'shelter' ? ('shelter' as const) : ('municipality' as const),
  }));
}

/** The kind of an organisation, if any has the id. */
export async function findOrganisationKind(tx: Tx, organisationId: string) {
  return (await tx.selectFrom('organisations').select('kind').where('id', '=', organisationId).executeTakeFirst())?.kind ?? null;
}

export async function insertProgramme(tx: Tx, values: Insertable<ProgrammesTable>): Promise<{ id: string }> {
  return { id: await insertRow(tx, 'programmes', values) };
}

export function updateProgrammeRow(tx: Tx, programmeId: string, values: Updateable<ProgrammesTable>): Promise<void> {
  return updateRowById(tx, 'programmes', programmeId, values);
}

/** Marks the programme changed (its members or log), so an open form sees a newer version. */
export async function touchProgramme(tx: Tx, programmeId: string, userId: string): Promise<void> {
  await tx
    .updateTable('programmes')
    .set((eb) => ({ version: eb('version', '+', 1), updated_at: new Date(), updated_by_user_id: userId }))
    .where('id', '=', programmeId)
    .execute();
}

export async function insertMember(tx: Tx, values: Insertable<ProgrammeMembersTable>): Promise<{ id: string }> {
  return { id: await insertRow(tx, 'programme_members', values) };
}

export function updateMemberRow(tx: Tx, memberId: string, values: Updateable<ProgrammeMembersTable>): Promise<void> {
  return updateRowById(tx, 'programme_members', memberId, values);
}

export async function deleteMember(tx: Tx, memberId: string): Promise<void> {
  await tx.deleteFrom('programme_members').where('id', '=', memberId).execute();
}

export async function insertActivity(
  tx: Tx,
  values: Insertable<ProgrammeActivitiesTable>,
  memberIds: readonly string[],
): Promise<{ id: string }> {
  const id = await insertRow(tx, 'programme_activities', values);
  if (memberIds.length > 0)
    await tx
      .insertInto('programme_activity_members')
      .values(memberIds.map((member_id) => ({ activity_id: id, member_id })))
      .execute();
  return { id };
}
