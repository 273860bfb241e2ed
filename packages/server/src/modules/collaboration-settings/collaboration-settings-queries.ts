/**
 * SQL for the organisation's collaboration settings. One row per organisation, written when a
 * leader first saves them; until then the defaults below apply (the table's column defaults in
 * migration 0007 are the same numbers, for rows written without them).
 */
import type { Transaction } from 'kysely';
import type { CollaborationSettings } from '@hjemvej/contract';
import type { Database } from '../../database/schema';
import { updatedByColumn } from '../../database/record-stamps';

type Tx = Transaction<Database>;

/** The settings the rules read: task deadlines, escalation and the housing goal. */
export interface CollaborationSettingValues {
  readonly urgentDeadlineWorkingDays: number;
  readonly escalationMarginWorkingDays: number;
  readonly housingGoalDays: number;
  /** Months between a support course's status registrations. */
  readonly registrationIntervalMonths: number;
}

/** The one definition of the defaults. */
export const defaultCollaborationSettings: CollaborationSettingValues = {
  urgentDeadlineWorkingDays: 2,
  escalationMarginWorkingDays: 2,
  housingGoalDays: 61,
  registrationIntervalMonths: 3,
};

/**
 * The organisation's settings by id, for the rules (task scheduling, escalation, the time
 * report): they are the organisation's own numbers, not personal data, so jobs without an actor
 * read them too.
 */
export async function findCollaborationSettings(tx: Tx, organisationId: string): Promise<CollaborationSettingValues> {
  const row = await tx
    .selectFrom('collaboration_settings')
    .select([
      'urgent_deadline_working_days as urgentDeadlineWorkingDays',
      'escalation_margin_working_days as escalationMarginWorkingDays',
      'housing_goal_days as housingGoalDays',
      'registration_interval_months as registrationIntervalMonths',
    ])
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  return row ?? defaultCollaborationSettings;
}

/** The settings as the settings page shows them: with who saved them last, and when. */
export async function findCollaborationSettingsRecord(tx: Tx, organisationId: string): Promise<CollaborationSettings> {
  const row = await tx
    .selectFrom('collaboration_settings as s')
    .select([
      's.urgent_deadline_working_days as urgentDeadlineWorkingDays',
      's.escalation_margin_working_days as escalationMarginWorkingDays',
      's.housing_goal_days as housingGoalDays',
      's.registration_interval_months as registrationIntervalMonths',
      updatedByColumn('s'),
      's.updated_at as updatedAt',
    ])
    .where('s.organisation_id', '=', organisationId)
    .executeTakeFirst();
  if (!row) return { ...defaultCollaborationSettings, updatedBy: null, updatedAt: null };
  return { ...row, updatedAt: row.updatedAt.toISOString() };
}

export async function saveCollaborationSettings(
  tx: Tx,
  organisationId: string,
  userId: string,
  settings: CollaborationSettingValues,
): Promise<void> {
  const values = {
    urgent_deadline_working_days: settings.urgentDeadlineWorkingDays,
    escalation_margin_working_days: settings.escalationMarginWorkingDays,
    housing_goal_days: settings.housingGoalDays,
    registration_interval_months: settings.registrationIntervalMonths,
    updated_by_user_id: userId,
    updated_at: new Date(),
  };
  await tx
    .insertInto('collaboration_settings')
    .values({ organisation_id: organisationId, ...values })
    .onConflict((oc) => oc.column('organisation_id').doUpdateSet(values))
    .execute();
}
