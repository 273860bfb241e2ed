/**
 * The demo's tasks: a short flowcard (see `demoFlowcardName`) started for a few demo
 * citizens, with tasks in every state: a course marked "Housing First haster", a jobcentre
 * task overdue enough to be escalated to the leader (the escalation job does it at start), a
 * housing task blocked while it waits for the housing association, tasks in progress, tasks
 * waiting for earlier steps, and steps the course already shows as done (with their links).
 *
 * The flowcard is written here when Demo Kommune has none of that name (`findOrCreateDemoFlowcard`).
 */
import type { Transaction } from 'kysely';
import { addDays, isWorkingDay, scheduleTasks, type FlowcardStep, type IsoDate } from '@hjemvej/domain';
import type { Database } from '../database/schema';
import { insertFlowcard } from './records/flowcard-records';
import { demoCitizenId, demoOrganisationId } from './records/demo-lookup-queries';
import { syncCourseSignals } from '../modules/tasks/course-signals';
import { readFlowcardSteps } from '../modules/tasks/flowcard-steps';
import { notifyUnitMembers } from '../modules/tasks/task-notify';
import { insertTask, insertTaskEvent } from '../modules/tasks/task-queries';
import { rescheduleRun } from '../modules/tasks/task-scheduler';
import { demoKeyCitizens } from './seed-demo-citizens';

type Tx = Transaction<Database>;

/**
 * The tasks demo's own short flowcard (nine steps, the scenarios' step keys), beside the
 * flowcards demo's fuller "Fra forsorgshjem til egen bolig": the scenarios and the tasks
 * journey were written against these steps.
 */
export const demoFlowcardName = 'Housing First – fra herberg til bolig (kort)';

/** Who does what in the demo flowcard (unit names of Demo Kommune and Havnely). */
const demoSteps: readonly (Omit<FlowcardStep, 'responsibleUnitId'> & { unit: string })[] = [
  step('notify', 'Underret handlekommunen', 'Døgnteamet', 3, [], { doneWhen: 'notification_sent' }),
  step('income', 'Afklar indtægt og start kontanthjælp', 'Jobcenter – kontanthjælp', 5, [], {
    checklist: ['Ansøgning om kontanthjælp', 'Kontonummer (NemKonto)', 'Samtale på jobcentret'],
  }),
  step('plan', 'Udredning og § 142-plan', 'Myndighed voksne', 10, ['notify'], { doneWhen: 'plan_exists' }),
  step('register', 'Skriv op til boliganvisning', 'Boliganvisning', 5, ['plan'], { from: 'plan' }),
  step('offer', 'Boligtilbud og lejekontrakt', 'Boliganvisning', 15, ['register'], {
    from: 'register',
    doneWhen: 'lease_signed',
  }),
  step('support', 'Afgørelse om støtte (CTI/ICM/ACT)', 'Myndighed voksne', 10, ['plan'], {
    from: 'plan',
    doneWhen: 'support_decision_made',
  }),
  step('subsidies', 'Ansøg om depositumslån og møbler – Housing First haster', 'Tilskud', 5, ['offer'], {
    from: 'offer',
    urgent: 2,
    documents: ['Lejekontrakt', 'Budget'],
  }),
  step('movein', 'Udskrivning og indflytning', 'Døgnteamet', 5, ['subsidies', 'support'], {
    from: 'subsidies',
    doneWhen: 'moved_in',
  }),
  step('course', 'Støtteforløbet starter', 'CTI-team', 5, ['movein'], { from: 'movein', doneWhen: 'support_course_started' }),
];

function step(
  key: string,
  title: string,
  unit: string,
  days: number,
  dependsOn: string[],
  options: {
    from?: string;
    doneWhen?: FlowcardStep['doneWhen'];
    checklist?: string[];
    documents?: string[];
    urgent?: number;
  } = {},
) {
  return {
    key,
    title,
    unit,
    description: '',
    deadlineWorkingDays: days,
    urgentDeadlineWorkingDays: options.urgent ?? null,
    deadlineFrom: options.from ? ({ kind: 'step_done', stepKey: options.from } as const) : ({ kind: 'start' } as const),
    dependsOn,
    checklist: options.checklist ?? [],
    requiredDocuments: options.documents ?? [],
    notes: '',
    doneWhen: options.doneWhen ?? null,
  };
}

function workingDaysBefore(date: IsoDate, n: number): IsoDate {
  let current = date;
  let left = n;
  while (left > 0) {
    current = addDays(current, -1);
    if (isWorkingDay(current)) left -= 1;
  }
  return current;
}

/** The demo flowcard's id: the flowcards demo's when it is loaded, else one written here. */
export async function findOrCreateDemoFlowcard(
  tx: Tx,
  municipalityId: string,
  unitIds: ReadonlyMap<string, string>,
): Promise<string> {
  const existing = await tx
    .selectFrom('flowcards')
    .select('id')
    .where('organisation_id', '=', municipalityId)
    .where('name', '=', demoFlowcardName)
    .executeTakeFirst();
  if (existing) return existing.id;
  const steps: FlowcardStep[] = demoSteps.map(({ unit, ...rest }) => {
    const responsibleUnitId = unitIds.get(unit);
    if (!responsibleUnitId) throw new Error(`demo unit missing: ${unit}`);
    return { ...rest, responsibleUnitId };
  });
  const { id } = await insertFlowcard(tx, {
    organisationId: municipalityId,
    name: demoFlowcardName,
    description: 'Fra første kontakt på forsorgshjemmet til egen bolig med støtte, inden for to måneder.',
    versionDescription: '',
    steps,
    changeNote: 'Demo',
    savedByName: 'Demo',
  });
  return id;
}

interface Scenario {
  readonly citizen: { readonly firstName: string; readonly lastName: string };
  readonly startedWorkingDaysAgo: number;
  /** Applied after the course signals marked what the course already shows. */
  apply(ctx: ScenarioContext): Promise<void>;
}

interface ScenarioContext {
  readonly tx: Tx;
  readonly today: IsoDate;
  readonly citizenId: string;
  task(key: string): Promise<{ id: string; status: string }>;
  done(key: string, byEmail: string, workingDaysAgo: number): Promise<void>;
  take(key: string, byEmail: string): Promise<void>;
  user(email: string): { id: string; name: string };
}

const scenarios: readonly Scenario[] = [
  {
    // "Housing First haster" on the whole course: housing allocation is working on it.
    citizen: demoKeyCitizens.waitingForHousing,
    startedWorkingDaysAgo: 8,
    async apply(ctx) {
      const caseworker = ctx.user('sagsbehandler@demo.hjemvej.dk');
      await ctx.tx
        .updateTable('citizens')
        .set({ housing_first_urgent_since: new Date(), housing_first_urgent_by_user_id: caseworker.id })
        .where('id', '=', ctx.citizenId)
        .execute();
      await ctx.done('income', 'jobcenter@demo.hjemvej.dk', 4);
      await ctx.take('register', 'boliganvisning@demo.hjemvej.dk');
    },
  },
  {
    // The jobcentre has not started the cash benefit: overdue enough to be escalated to the leader.
    citizen: demoKeyCitizens.offerNotSigned,
    startedWorkingDaysAgo: 14,
    async apply(ctx) {
      const income = await ctx.task('income');
      const due = workingDaysBefore(ctx.today, 6);
      await ctx.tx.updateTable('tasks').set({ due_on: due, normal_due_on: due }).where('id', '=', income.id).execute();
    },
  },
  {
    // Housing allocation waits for the housing association's answer.
    citizen: demoKeyCitizens.blockedDischarge,
    startedWorkingDaysAgo: 12,
    async apply(ctx) {
      await ctx.done('income', 'jobcenter@demo.hjemvej.dk', 8);
      const register = await ctx.task('register');
      if (register.status === 'open' || register.status === 'in_progress') {
        const bodil = ctx.user('boliganvisning@demo.hjemvej.dk');
        await ctx.tx
          .updateTable('tasks')
          .set({
            status: 'blocked',
            assignee_user_id: bodil.id,
            blocked_waiting_for: 'Svar fra Boligselskabet Fjordbo om ledig bolig',
          })
          .where('id', '=', register.id)
          .execute();
        await insertTaskEvent(
          ctx.tx,
          register.id,
          'blocked',
          { userId: bodil.id, name: bodil.name },
          'Svar fra Boligselskabet Fjordbo om ledig bolig',
        );
      }
    },
  },
  {
    // Just started: the shelter's notification and the jobcentre's task are open.
    citizen: demoKeyCitizens.pendingNotification,
    startedWorkingDaysAgo: 1,
    async apply(ctx) {
      await ctx.take('income', 'jobcenter@demo.hjemvej.dk');
    },
  },
];

/** Starts the demo flowcard for the scenario citizens. Returns how many runs were started. */
export async function seedDemoTasks(tx: Tx, today: IsoDate): Promise<number> {
  const municipalityId = await demoOrganisationId(tx, 'Demo Kommune');
  const units = await tx
    .selectFrom('units as u')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select(['u.id', 'u.name'])
    .where((eb) => eb.or([eb('o.id', '=', municipalityId), eb('o.name', '=', 'Forsorgshjemmet Havnely')]))
    .execute();
  const unitIds = new Map(units.map((u) => [u.name, u.id]));
  const users = await tx.selectFrom('users').select(['id', 'email', 'display_name']).where('is_demo', '=', true).execute();
  const user = (email: string) => {
    const found = users.find((u) => u.email === email);
    if (!found) throw new Error(`demo user missing: ${email}`);
    return { id: found.id, name: found.display_name };
  };
  const flowcardId = await findOrCreateDemoFlowcard(tx, municipalityId, unitIds);
  const version = await tx
    .selectFrom('flowcards as f')
    .innerJoin('flowcard_versions as v', (join) => join.onRef('v.flowcard_id', '=', 'f.id').onRef('v.version', '=', 'f.version'))
    .select(['f.version', 'v.steps'])
    .where('f.id', '=', flowcardId)
    .executeTakeFirstOrThrow();
  const steps = readFlowcardSteps(version.steps) ?? [];
  const caseworker = user('sagsbehandler@demo.hjemvej.dk');
  let started = 0;
  for (const scenario of scenarios) {
    const citizenId = await demoCitizenId(tx, municipalityId, scenario.citizen);
    if (citizenId === null) continue;
    const startedOn = workingDaysBefore(today, scenario.startedWorkingDaysAgo);
    const startedAt = new Date(`${startedOn}T08:30:00Z`);
    const run = await tx
      .insertInto('flowcard_runs')
      .values({
        organisation_id: municipalityId,
        flowcard_id: flowcardId,
        flowcard_version: version.version,
        citizen_id: citizenId,
        started_on: startedOn,
        started_by_user_id: caseworker.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const schedule = scheduleTasks({ steps, startedOn, doneOn: new Map(), courseIsUrgent: false, urgentDeadlineWorkingDays: 2 });
    const taskIds = new Map<string, string>();
    for (const s of steps) {
      const planned = schedule.find((p) => p.key === s.key);
      const open = planned?.status === 'open';
      const id = await insertTask(tx, {
        organisation_id: municipalityId,
        citizen_id: citizenId,
        unit_id: s.responsibleUnitId,
        flowcard_run_id: run.id,
        step_key: s.key,
        title: s.title,
        description: s.description,
        status: open ? 'open' : 'waiting',
        due_on: planned?.dueOn ?? null,
        normal_due_on: planned?.normalDueOn ?? null,
        checklist: JSON.stringify(s.checklist.map((label) => ({ label, done: false }))),
        required_documents: JSON.stringify(s.requiredDocuments.map((label) => ({ label, done: false }))),
        opened_at: open ? startedAt : null,
        created_by_user_id: caseworker.id,
        created_at: startedAt,
      });
      await insertTaskEvent(tx, id, 'created', { userId: caseworker.id, name: caseworker.name }, demoFlowcardName);
      taskIds.set(s.key, id);
    }
    await syncCourseSignals(tx, citizenId);
    const taskOf = async (key: string) => {
      const id = taskIds.get(key);
      if (!id) throw new Error(`demo step missing: ${key}`);
      return tx.selectFrom('tasks').select(['id', 'status']).where('id', '=', id).executeTakeFirstOrThrow();
    };
    await scenario.apply({
      tx,
      today,
      citizenId,
      user,
      task: taskOf,
      async done(key, byEmail, workingDaysAgo) {
        const task = await taskOf(key);
        if (task.status === 'done' || task.status === 'waiting') return;
        const by = user(byEmail);
        const at = new Date(`${workingDaysBefore(today, workingDaysAgo)}T11:00:00Z`);
        await tx
          .updateTable('tasks')
          .set({ status: 'done', done_at: at, done_by_user_id: by.id, assignee_user_id: by.id })
          .where('id', '=', task.id)
          .execute();
        await insertTaskEvent(tx, task.id, 'done', { userId: by.id, name: by.name });
        await rescheduleRun(tx, run.id);
      },
      async take(key, byEmail) {
        const task = await taskOf(key);
        if (task.status !== 'open') return;
        const by = user(byEmail);
        await tx.updateTable('tasks').set({ status: 'in_progress', assignee_user_id: by.id }).where('id', '=', task.id).execute();
        await insertTaskEvent(tx, task.id, 'taken', { userId: by.id, name: by.name });
      },
    });
    await rescheduleRun(tx, run.id);
    // The units hear of the tasks that are open (those the course signals opened were told already).
    const untold = await tx
      .selectFrom('tasks as t')
      .select('t.id')
      .where('t.flowcard_run_id', '=', run.id)
      .where('t.status', '=', 'open')
      .where((eb) => eb.not(eb.exists(eb.selectFrom('notifications as n').select('n.id').whereRef('n.task_id', '=', 't.id'))))
      .execute();
    await notifyUnitMembers(
      tx,
      untold.map((t) => t.id),
      'task_opened',
      null,
    );
    started += 1;
  }
  return started;
}
