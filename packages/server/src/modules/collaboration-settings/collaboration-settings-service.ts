/**
 * The organisation's settings for working together: the shorter deadline for "Housing First
 * haster" tasks, how far past its due date a task is escalated to the unit's leaders, and the
 * goal from first contact to own home, and the interval of course status registrations. Always the actor's own organisation: settings are never
 * read or written across organisations.
 */
import type { CollaborationSettings, UpdateCollaborationSettingsBody } from '@hjemvej/contract';
import { diffChanges } from '../../audit/audit-event';
import type { DataContext } from '../../http/secured-route';
import { findCollaborationSettingsRecord, saveCollaborationSettings } from './collaboration-settings-queries';

export function getCollaborationSettings(ctx: DataContext): Promise<CollaborationSettings> {
  return findCollaborationSettingsRecord(ctx.tx, ctx.actor.organisationId);
}

export async function updateCollaborationSettings(
  ctx: DataContext,
  body: UpdateCollaborationSettingsBody,
): Promise<CollaborationSettings> {
  const before = await findCollaborationSettingsRecord(ctx.tx, ctx.actor.organisationId);
  const after = { ...body, registrationIntervalMonths: body.registrationIntervalMonths ?? before.registrationIntervalMonths };
  await saveCollaborationSettings(ctx.tx, ctx.actor.organisationId, ctx.actor.userId, after);
  ctx.describe({
    subjectType: 'organisation',
    subjectId: ctx.actor.organisationId,
    dataOrganisationId: ctx.actor.organisationId,
    changes: diffChanges(
      {
        urgentDeadlineWorkingDays: before.urgentDeadlineWorkingDays,
        escalationMarginWorkingDays: before.escalationMarginWorkingDays,
        housingGoalDays: before.housingGoalDays,
        registrationIntervalMonths: before.registrationIntervalMonths,
      },
      after,
    ),
  });
  return findCollaborationSettingsRecord(ctx.tx, ctx.actor.organisationId);
}
