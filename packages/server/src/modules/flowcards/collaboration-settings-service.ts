/**
 * The organisation's settings for working together: the shorter deadline for "Housing First
 * haster" tasks, how far past its due date a task is escalated to the unit's leaders, and the
 * goal from first contact to own home. Until a leader saves them, the defaults of the table
 * (migration 0007) apply.
 */
import type { CollaborationSettings, UpdateCollaborationSettingsBody } from '@hjemvej/contract';
import { diffChanges } from '../../audit/audit-event';
import type { DataContext } from '../../http/secured-route';

const defaults = { urgentDeadlineWorkingDays: 2, escalationMarginWorkingDays: 2, housingGoalDays: 61 };

async function findSettings(ctx: DataContext): Promise<CollaborationSettings> {
  const row = await ctx.tx
    .selectFrom('collaboration_settings as s')
    .leftJoin('users as u', 'u.id', 's.updated_by_user_id')
    .select([
      's.urgent_deadline_working_days as urgentDeadlineWorkingDays',
      's.escalation_margin_working_days as escalationMarginWorkingDays',
      's.housing_goal_days as housingGoalDays',
      'u.display_name as updatedBy',
      's.updated_at as updatedAt',
    ])
    // The actor's own organisation: settings are never read across organisations.
    .where('s.organisation_id', '=', ctx.actor.organisationId)
    .executeTakeFirst();
  if (!row) return { ...defaults, updatedBy: null, updatedAt: null };
  return { ...row, updatedAt: row.updatedAt.toISOString() };
}

export function getCollaborationSettings(ctx: DataContext): Promise<CollaborationSettings> {
  return findSettings(ctx);
}

export async function updateCollaborationSettings(
  ctx: DataContext,
  body: UpdateCollaborationSettingsBody,
): Promise<CollaborationSettings> {
  const before = await findSettings(ctx);
  const values = {
    urgent_deadline_working_days: body.urgentDeadlineWorkingDays,
    escalation_margin_working_days: body.escalationMarginWorkingDays,
    housing_goal_days: body.housingGoalDays,
    updated_by_user_id: ctx.actor.userId,
    updated_at: new Date(),
  };
  await ctx.tx
    .insertInto('collaboration_settings')
    .values({ organisation_id: ctx.actor.organisationId, ...values })
    .onConflict((oc) => oc.column('organisation_id').doUpdateSet(values))
    .execute();
  ctx.describe({
    subjectType: 'organisation',
    subjectId: ctx.actor.organisationId,
    dataOrganisationId: ctx.actor.organisationId,
    changes: diffChanges(
      {
        urgentDeadlineWorkingDays: before.urgentDeadlineWorkingDays,
        escalationMarginWorkingDays: before.escalationMarginWorkingDays,
        housingGoalDays: before.housingGoalDays,
      },
      body,
    ),
  });
  return findSettings(ctx);
}
