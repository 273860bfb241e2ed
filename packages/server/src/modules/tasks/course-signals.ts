/**
 * Steps the citizen's course already shows as done: a flowcard step with `doneWhen` (e.g.
 * 'plan_exists') is marked done, with a link to the record, as soon as the course shows it:
 * when the flowcard is started and after every write to the course: the secured pipeline
 * announces each changed person (course/course-changes.ts) and the app registers
 * `syncCourseSignals` as a listener, so no module that writes the course calls it.
 *
 * System work in the caller's transaction: the caller was allowed to change the course, and
 * the tasks follow from the course. Reads go by citizen id (the person's records), not scope.
 */
import type { Transaction } from 'kysely';
import type { FlowcardCourseSignal } from '@hjemvej/domain';
import { unsafeFindPersonRecordIds } from '../../course/person-queries';
import type { Database } from '../../database/schema';
import { readFlowcardSteps } from './flowcard-steps';
import { notifyUnitMembers } from './task-notify';
import { insertTaskEvent, markTaskDoneByRecord } from './task-queries';
import { rescheduleRun } from './task-scheduler';

type Tx = Transaction<Database>;
type LinkedRecord = { readonly type: string; readonly id: string };

/** The newest record that shows each signal, for the person made of `ids`. */
async function findCourseSignals(tx: Tx, ids: string[]): Promise<Map<FlowcardCourseSignal, LinkedRecord>> {
  const found = new Map<FlowcardCourseSignal, LinkedRecord>();
  const first = async (signal: FlowcardCourseSignal, type: string, row: Promise<{ id: string } | undefined>) => {
    const hit = await row;
    if (hit) found.set(signal, { type, id: hit.id });
  };
  await first(
    'notification_sent',
    'stay',
    tx
      .selectFrom('shelter_stays')
      .select('id')
      .where('citizen_id', 'in', ids)
      .where('handlekommune_notified_on', 'is not', null)
      .orderBy('admitted_on', 'desc')
      .executeTakeFirst(),
  );
  await first(
    'assessment_made',
    'assessment',
    tx.selectFrom('assessments').select('id').where('citizen_id', 'in', ids).orderBy('assessed_on', 'desc').executeTakeFirst(),
  );
  await first(
    'plan_exists',
    'plan',
    tx.selectFrom('plans').select('id').where('citizen_id', 'in', ids).orderBy('made_on', 'desc').executeTakeFirst(),
  );
  const allocations = tx
    .selectFrom('housing_allocations')
    .select('id')
    .where('citizen_id', 'in', ids)
    .where('withdrawn_on', 'is', null);
  await first('allocation_made', 'housing_allocation', allocations.orderBy('allocated_on', 'desc').executeTakeFirst());
  await first(
    'lease_signed',
    'housing_allocation',
    allocations.where('lease_signed_on', 'is not', null).orderBy('lease_signed_on', 'desc').executeTakeFirst(),
  );
  await first(
    'moved_in',
    'housing_allocation',
    allocations.where('move_in_on', 'is not', null).orderBy('move_in_on', 'desc').executeTakeFirst(),
  );
  await first(
    'support_decision_made',
    'decision',
    tx
      .selectFrom('decisions')
      .select('id')
      .where('citizen_id', 'in', ids)
      .where('kind', 'in', ['85a', '85'])
      .where('outcome', '=', 'granted')
      .orderBy('decided_on', 'desc')
      .executeTakeFirst(),
  );
  await first(
    'support_course_started',
    'support_course',
    tx.selectFrom('support_courses').select('id').where('citizen_id', 'in', ids).orderBy('started_on', 'desc').executeTakeFirst(),
  );
  return found;
}

/** Marks the person's open flowcard steps done that the course shows; returns the tasks marked. */
export async function syncCourseSignals(tx: Tx, citizenId: string, now: Date = new Date()): Promise<string[]> {
  const ids = await unsafeFindPersonRecordIds(tx, citizenId);
  if (ids.length === 0) return [];
  const runs = await tx
    .selectFrom('flowcard_runs as r')
    .innerJoin('flowcard_versions as v', (join) =>
      join.onRef('v.flowcard_id', '=', 'r.flowcard_id').onRef('v.version', '=', 'r.flowcard_version'),
    )
    .select(['r.id', 'v.steps'])
    .where('r.citizen_id', 'in', ids)
    .where('r.completed_at', 'is', null)
    .where('r.cancelled_at', 'is', null)
    .execute();
  if (runs.length === 0) return [];
  const signals = await findCourseSignals(tx, ids);
  const marked: string[] = [];
  for (const run of runs) {
    const steps = (readFlowcardSteps(run.steps) ?? []).filter((step) => step.doneWhen !== null && signals.has(step.doneWhen));
    if (steps.length === 0) continue;
    const tasks = await tx
      .selectFrom('tasks')
      .select(['id', 'step_key'])
      .where('flowcard_run_id', '=', run.id)
      .where('status', 'not in', ['done', 'cancelled'])
      .where(
        'step_key',
        'in',
        steps.map((step) => step.key),
      )
      .execute();
    for (const task of tasks) {
      const step = steps.find((s) => s.key === task.step_key);
      const record = step?.doneWhen ? signals.get(step.doneWhen) : undefined;
      if (!record) continue;
      await markTaskDoneByRecord(tx, task.id, record, now);
      await insertTaskEvent(tx, task.id, 'done', { userId: null, name: null }, `course:${record.type}`);
      marked.push(task.id);
    }
    if (tasks.length > 0) {
      const opened = await rescheduleRun(tx, run.id, now);
      await notifyUnitMembers(tx, opened, 'task_opened', null);
    }
  }
  return marked;
}
