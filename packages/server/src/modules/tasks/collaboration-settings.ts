/** The municipality's collaboration settings as the task rules read them (defaults until someone saves them). */
import type { Transaction } from 'kysely';
import type { Database } from '../../database/schema';

export interface TaskSettings {
  readonly urgentDeadlineWorkingDays: number;
  readonly escalationMarginWorkingDays: number;
  readonly housingGoalDays: number;
}

export const defaultTaskSettings: TaskSettings = {
  urgentDeadlineWorkingDays: 2,
  escalationMarginWorkingDays: 2,
  housingGoalDays: 61,
};

export async function taskSettingsOf(tx: Transaction<Database>, organisationId: string): Promise<TaskSettings> {
  const row = await tx
    .selectFrom('collaboration_settings')
    .select([
      'urgent_deadline_working_days as urgentDeadlineWorkingDays',
      'escalation_margin_working_days as escalationMarginWorkingDays',
      'housing_goal_days as housingGoalDays',
    ])
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  return row ?? defaultTaskSettings;
}
