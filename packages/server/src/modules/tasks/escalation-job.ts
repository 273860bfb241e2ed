/**
 * Escalation: a task overdue by the municipality's margin (working days) is marked escalated
 * once and its unit's leaders are notified. Runs periodically in every instance; a
 * transaction-scoped advisory lock lets only one instance work at a time, and `escalated_at`
 * makes each task escalate once. System work, audited with no actor.
 */
import { isEscalationDue, workingDaysOverdue, type IsoDate } from '@hjemvej/domain';
import { appendAuditEvents } from '../../audit/audit-writer';
import type { Db } from '../../database/connection';
import { runLockedRound } from '../../database/locked-jobs';
import { todayInDenmark } from '../../calendar/danish-time';
import { findCollaborationSettings } from '../collaboration-settings/collaboration-settings-queries';
import { notifyUnitLeaders, notifyUsers } from './task-notify';
import { insertTaskEvent } from './task-queries';

/** An arbitrary constant naming this job's advisory lock. */
const escalationLockKey = 4_004_001;

export async function escalateOverdueTasks(
  db: Db,
  today: IsoDate = todayInDenmark(),
  now: Date = new Date(),
): Promise<{ escalated: number; skipped: boolean }> {
  return runLockedRound<{ escalated: number; skipped: boolean }>(
    db,
    escalationLockKey,
    { escalated: 0, skipped: true },
    async (tx) => {
      const candidates = await tx
        .selectFrom('tasks')
        .select(['id', 'organisation_id', 'citizen_id', 'unit_id', 'status', 'due_on', 'is_urgent', 'assignee_user_id'])
        .where('status', 'in', ['open', 'in_progress', 'blocked'])
        .where('escalated_at', 'is', null)
        .where('due_on', '<', today)
        .orderBy('due_on')
        .limit(500)
        .forUpdate()
        .skipLocked()
        .execute();
      const margins = new Map<string, number>();
      let escalated = 0;
      for (const task of candidates) {
        let margin = margins.get(task.organisation_id);
        if (margin === undefined) {
          margin = (await findCollaborationSettings(tx, task.organisation_id)).escalationMarginWorkingDays;
          margins.set(task.organisation_id, margin);
        }
        const prioritised = { status: task.status, isUrgent: task.is_urgent, dueOn: task.due_on };
        if (!isEscalationDue(prioritised, today, margin)) continue;
        const late = workingDaysOverdue(prioritised, today);
        await tx.updateTable('tasks').set({ escalated_at: now }).where('id', '=', task.id).execute();
        await insertTaskEvent(tx, task.id, 'escalated', { userId: null, name: null }, String(late));
        await notifyUnitLeaders(tx, task.id, 'task_escalated', String(late));
        await notifyUsers(tx, [task.assignee_user_id], task.id, 'task_overdue', null);
        await appendAuditEvents(tx, { actor: null, ip: null }, [
          {
            action: 'task.escalate',
            subjectType: 'task',
            subjectId: task.id,
            citizenId: task.citizen_id,
            dataOrganisationId: task.organisation_id,
            changes: { unitId: task.unit_id, dueOn: task.due_on, workingDaysOverdue: late, margin },
          },
        ]);
        escalated += 1;
      }
      return { escalated, skipped: false };
    },
  );
}
