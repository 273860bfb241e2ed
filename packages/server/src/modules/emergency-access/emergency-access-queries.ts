/**
 * SQL for emergency access ("break the glass"). The grants are read by the citizen scope
 * (`access/citizen-scope.ts`); here they are written, listed for the data-protection officer
 * and for the citizen's caseworker.
 */
import { sql, type Transaction } from 'kysely';
import type { EmergencyAccess } from '@hjemvej/contract';
import type { Database } from '../../database/schema';
import { executeRememberedFirst } from '../../database/remembered-reads';
import { findFirstRow } from '../../database/first-row';

type Tx = Transaction<Database>;

/**
 * The surviving record of the municipality's citizen with this CPR number (any of the person's
 * records may carry it). Outside the caller's need-to-know on purpose: finding the person is
 * what an emergency access is for; only the id leaves, and only after the grant is written.
 */
export async function systemFindCitizenByCpr(tx: Tx, organisationId: string, cprDigits: string): Promise<string | null> {
  const row = await tx
    .selectFrom('citizens as c')
    .select(sql<string>`coalesce(c.merged_into_id, c.id)`.as('personId'))
    .where('c.cpr', '=', cprDigits)
    .where('c.handlekommune_id', '=', organisationId)
    .orderBy('c.created_at')
    .executeTakeFirst();
  return row?.personId ?? null;
}

export async function insertEmergencyAccess(
  tx: Tx,
  values: { organisationId: string; userId: string; citizenId: string; reason: string; expiresAt: Date },
): Promise<string> {
  const row = await tx
    .insertInto('emergency_accesses')
    .values({
      organisation_id: values.organisationId,
      user_id: values.userId,
      citizen_id: values.citizenId,
      reason: values.reason,
      expires_at: values.expiresAt,
      reviewed_at: null,
      reviewed_by_user_id: null,
      review_note: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

function selectEmergencyAccesses(tx: Tx) {
  return tx
    .selectFrom('emergency_accesses as ea')
    .innerJoin('users as u', 'u.id', 'ea.user_id')
    .innerJoin('citizens as c', 'c.id', 'ea.citizen_id')
    .leftJoin('users as r', 'r.id', 'ea.reviewed_by_user_id')
    .select([
      'ea.id',
      'ea.organisation_id as organisationId',
      'ea.citizen_id as citizenId',
      'c.first_name as firstName',
      'c.last_name as lastName',
      'ea.user_id as userId',
      'u.display_name as userName',
      'ea.reason',
      'ea.started_at as startedAt',
      'ea.expires_at as expiresAt',
      sql<boolean>`(ea.expires_at > now())`.as('isActive'),
      'ea.reviewed_at as reviewedAt',
      'r.display_name as reviewedBy',
      'ea.review_note as reviewNote',
    ]);
}

type EmergencyAccessRow = Awaited<ReturnType<ReturnType<typeof selectEmergencyAccesses>['executeTakeFirstOrThrow']>>;

export function presentEmergencyAccess(row: EmergencyAccessRow): EmergencyAccess {
  const name = [row.firstName, row.lastName].filter((part) => part !== null && part !== '').join(' ');
  return {
    id: row.id,
    citizenId: row.citizenId,
    citizenName: name === '' ? null : name,
    user: { id: row.userId, name: row.userName },
    reason: row.reason,
    startedAt: row.startedAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    isActive: row.isActive,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    reviewedBy: row.reviewedBy,
    reviewNote: row.reviewNote,
  };
}

/** One access of the organisation (the reviewer's), or null. */
export function findEmergencyAccess(tx: Tx, organisationId: string, id: string, forUpdate = false) {
  const query = selectEmergencyAccesses(tx).where('ea.id', '=', id).where('ea.organisation_id', '=', organisationId);
  return findFirstRow(query, forUpdate && 'ea');
}

/** The organisation's accesses, newest first, for the data-protection officer. */
export async function findEmergencyAccessesOfOrganisation(tx: Tx, organisationId: string, onlyUnreviewed: boolean) {
  let query = selectEmergencyAccesses(tx).where('ea.organisation_id', '=', organisationId);
  if (onlyUnreviewed) query = query.where('ea.reviewed_at', 'is', null);
  return query.orderBy('ea.started_at', 'desc').limit(500).execute();
}

/** The accesses to one person's records (the caller found the person in scope first). */
export async function findEmergencyAccessesOfPerson(tx: Tx, recordIds: readonly string[]) {
  if (recordIds.length === 0) return [];
  return selectEmergencyAccesses(tx)
    .where('ea.citizen_id', 'in', [...recordIds])
    .orderBy('ea.started_at', 'desc')
    .limit(100)
    .execute();
}

/** The caller's own grant on the person that has not run out, if any. */
export async function findActiveGrant(tx: Tx, userId: string, recordIds: readonly string[]) {
  if (recordIds.length === 0) return null;
  return executeRememberedFirst(
    tx,
    tx
      .selectFrom('emergency_accesses')
      .select(['expires_at as expiresAt', 'reason'])
      .where('user_id', '=', userId)
      .where('citizen_id', 'in', [...recordIds])
      .where(sql<boolean>`expires_at > now()`)
      .orderBy('expires_at', 'desc'),
  );
}

export async function markEmergencyAccessReviewed(tx: Tx, id: string, userId: string, note: string | null): Promise<void> {
  await tx
    .updateTable('emergency_accesses')
    .set({ reviewed_at: new Date(), reviewed_by_user_id: userId, review_note: note })
    .where('id', '=', id)
    .execute();
}
