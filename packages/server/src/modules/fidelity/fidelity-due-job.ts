/**
 * A team's next fidelity measurement as a task in its inbox (issue 11). Periodically, for every
 * active support team and method, the latest measurement is read; when the next one has fallen
 * due (domain `isFidelityMeasurementDue`, the moment the `/fidelity` page's badge says "due") and
 * that measurement has no task yet, one open task is made for the team's unit, about no citizen,
 * and the measurement points at it (`due_task_id`, migration 0037). So there is one task per due
 * measurement however often the job runs, and a task done or cancelled by hand is not made again.
 * Recording the next measurement marks the task done (`fidelity-service.ts`).
 *
 * A job, not the recording: the course registrations' due task is made when a registration is
 * saved, for the next one an interval (3 months by default) ahead; a fidelity measurement is due
 * half a year on, and its task belongs in the inbox when it falls due, not for six months before. A team that has never
 * been measured gets no task (nothing says when its first measurement is due).
 *
 * Safe with several instances: one transaction under an advisory lock that a recording also takes.
 * System work, audited with no actor.
 */
import { fidelityDueOn, isFidelityMeasurementDue, maxIsoDate, type IsoDate } from '@hjemvej/domain';
import { appendAuditEvents } from '../../audit/audit-writer';
import { formatDate, todayInDenmark } from '../../calendar/danish-time';
import type { Db } from '../../database/connection';
import { startRepeatingJob } from '../../database/locked-jobs';
import { notifyUnitMembers } from '../tasks/task-notify';
import { insertTask, insertTaskEvent } from '../tasks/task-queries';
import { setMeasurementDueTask, systemFindLatestMeasurements, tryLockFidelityDueTasks } from './fidelity-queries';

const methodNames = { cti: 'CTI', icm: 'ICM', act: 'ACT', m_act: 'M-ACT' } as const;

export async function runFidelityDueTasks(db: Db, today: IsoDate = todayInDenmark()): Promise<{ created: number; ran: boolean }> {
  return db.transaction().execute(async (tx) => {
    if (!(await tryLockFidelityDueTasks(tx))) return { created: 0, ran: false };
    let created = 0;
    for (const latest of await systemFindLatestMeasurements(tx)) {
      if (latest.dueTaskId !== null || !isFidelityMeasurementDue(latest.measuredOn, today)) continue;
      const dueOn = maxIsoDate(fidelityDueOn(latest.measuredOn), today);
      // The task's text is stored, and a job has no reader: written in Danish, the municipality's language.
      const taskId = await insertTask(tx, {
        organisation_id: latest.organisationId,
        citizen_id: null,
        unit_id: latest.unitId,
        title: `Fidelitetsmåling (${methodNames[latest.method]})`,
        description: `${latest.unitName}: næste fidelitetsmåling skal laves senest ${formatDate('da', dueOn)} (seneste måling ${formatDate('da', latest.measuredOn)}).`,
        status: 'open',
        due_on: dueOn,
        normal_due_on: dueOn,
        opened_at: new Date(),
        created_by_user_id: null,
      });
      await insertTaskEvent(tx, taskId, 'created', { userId: null, name: null }, 'fidelity:due');
      await setMeasurementDueTask(tx, latest.id, taskId);
      await notifyUnitMembers(tx, [taskId], 'task_opened', null);
      await appendAuditEvents(tx, { actor: null, ip: null }, [
        {
          action: 'task.create',
          subjectType: 'task',
          subjectId: taskId,
          dataOrganisationId: latest.organisationId,
          changes: { unitId: latest.unitId, dueOn, fidelityMeasurementId: latest.id },
        },
      ]);
      created += 1;
    }
    return { created, ran: true };
  });
}

/** Runs the job now and then every `intervalMinutes`; errors are logged, never thrown. */
export function startFidelityDueJob(db: Db, onError: (error: unknown) => void, intervalMinutes = 60): () => void {
  return startRepeatingJob(() => runFidelityDueTasks(db), onError, { intervalMinutes });
}
