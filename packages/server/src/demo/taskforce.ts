/**
 * Demo data for the taskforce course: Fjordby Kommune has applied and waits for an answer
 * (it would like to start next autumn); Demo Kommune was accepted a year ago, so its course is
 * in the development phase today: preparation and analysis done, the kick-off workshop held,
 * status meetings and a learning activity behind it (the latest status meeting not yet marked
 * done, so it shows as overdue), the collaboration agreement with its data-collection clause,
 * and the implementation team and steering group named; the last status meeting marked done is
 * recorded with its minutes, the goal's value then and a decision that is a task; the analysis
 * report is published with its recommendations and a draft anchoring plan begun
 * (`taskforce-report.ts`).
 */
import {
  addDays,
  addMonths,
  goalValueOf,
  measureDefinitions,
  planTaskforceActivities,
  planTaskforcePhases,
  seasonOf,
  seasonStartDate,
  type IsoDate,
  type Season,
  type TaskforceCourseBody,
} from '@hjemvej/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../database/schema';
import { taskforceDataPackageContentSchema } from '@hjemvej/contract';
import { systemFreezeDataPackage } from '../modules/taskforce/taskforce-data-package-service';
import {
  insertTaskforceActivities,
  insertTaskforcePhases,
  replaceTaskforceMembers,
} from '../modules/taskforce/taskforce-course-queries';
import { insertStatusGoalValues } from '../modules/taskforce/taskforce-status-queries';
import { liveValues } from '../modules/taskforce/taskforce-plan-service';
import {
  findPlanGoals,
  findPlanOwners,
  insertLearningActivity,
  insertPlanAction,
  insertPlanGoal,
  insertPlanPoint,
  setPlanActionTask,
} from '../modules/taskforce/taskforce-plan-queries';
import { insertTaskEvent } from '../modules/tasks/task-queries';
import { seedDemoTaskforceReport } from './taskforce-report';
import { demoOrganisationId, demoUser } from './records/demo-lookup-queries';

type Tx = Transaction<Database>;

/** The season Demo Kommune's course started in: a year ago, so the course is in development now. */
export function demoTaskforceSeason(today: IsoDate): Season {
  return seasonOf(addMonths(today, -12));
}

export async function seedDemoTaskforce(tx: Tx, today: IsoDate): Promise<void> {
  const fjordby = await demoOrganisationId(tx, 'Fjordby Kommune');
  const demo = await demoOrganisationId(tx, 'Demo Kommune');
  const consultantUser = await demoUser(tx, 'konsulent@demo.hjemvej.dk');
  const consultant = consultantUser.id;
  const leader = (await demoUser(tx, 'leder@demo.hjemvej.dk')).id;
  const nextYear = Number(today.slice(0, 4)) + 1;

  const waiting = await tx
    .insertInto('taskforce_applications')
    .values({
      municipality_id: fjordby,
      need_housing_supply:
        'Vi har ingen aftale om anvisningsretten med boligorganisationerne, og ventetiden på en bolig er over et år.',
      need_support_methods: 'Vi vil i gang med CTI, men ved ikke, hvordan vi organiserer et team.',
      need_organisation: '',
      need_legal_quality: 'Vi er usikre på, om vores § 141-handleplaner lever op til kravene.',
      expectations:
        'At flere borgere kommer fra herberget til egen bolig med støtte inden for to måneder, og at vi får en fast plan for samarbejdet med boligorganisationerne.',
      preferred_year: nextYear,
      preferred_term: 'autumn',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx
    .insertInto('taskforce_application_contacts')
    .values([
      {
        application_id: waiting.id,
        name: 'Birgitte Bach',
        title: 'Socialchef',
        email: 'bib@fjordby.demo',
        phone: '72 11 22 33',
        position: 0,
      },
      {
        application_id: waiting.id,
        name: 'Ole Holm',
        title: 'Leder af myndighed voksne',
        email: 'oho@fjordby.demo',
        phone: '',
        position: 1,
      },
    ])
    .execute();

  const season = demoTaskforceSeason(today);
  const accepted = await tx
    .insertInto('taskforce_applications')
    .values({
      municipality_id: demo,
      status: 'accepted',
      need_housing_supply: 'For få billige boliger; vi bruger ikke hele anvisningsretten.',
      need_support_methods: 'ICM-teamet har for mange borgere pr. medarbejder.',
      need_organisation: 'Herberget og myndighed mangler en fast aftale om udskrivning.',
      need_legal_quality: '',
      expectations: 'Kortere tid fra herberg til egen bolig og færre, der vender tilbage til hjemløshed.',
      season_year: season.year,
      season_term: season.term,
      decided_by_user_id: consultant,
      decided_at: new Date(`${addMonths(today, -14)}T10:00:00Z`),
      submitted_by_user_id: leader,
      created_at: new Date(`${addMonths(today, -16)}T09:00:00Z`),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx
    .insertInto('taskforce_application_contacts')
    .values({
      application_id: accepted.id,
      name: 'Lars Leder',
      title: 'Leder',
      email: 'leder@demo.hjemvej.dk',
      phone: '',
      position: 0,
    })
    .execute();
  await seedDemoCourse(tx, today, accepted.id, demo, consultantUser);
}

async function seedDemoCourse(
  tx: Tx,
  today: IsoDate,
  applicationId: string,
  municipalityId: string,
  consultantUser: { id: string; name: string },
) {
  const { id: consultant, name: consultantName } = consultantUser;
  const season = demoTaskforceSeason(today);
  const start = seasonStartDate(season);
  const planned = planTaskforcePhases(start);
  // Preparation and analysis ran as planned (analysis a week late to end); development is under way.
  const phases = planned.map((p) => {
    if (p.phase === 'preparation') return { ...p, actualStart: p.plannedStart, actualEnd: p.plannedEnd };
    if (p.phase === 'analysis') return { ...p, actualStart: p.plannedStart, actualEnd: addDays(p.plannedEnd, 7) };
    if (p.phase === 'development') return { ...p, actualStart: addDays(p.plannedStart, 8) };
    return p;
  });
  const { id } = await tx
    .insertInto('taskforce_courses')
    .values({
      application_id: applicationId,
      municipality_id: municipalityId,
      season_year: season.year,
      season_term: season.term,
      agreement_signed_on: addDays(start, 21),
      agreement_document: 'Samarbejdsaftale Demo Kommune – taskforce (j.nr. 2025-4711)',
      data_scope:
        'Nøgletal K1–K16 og den navngivne liste som tal pr. måned, § 110-ophold og refusionsdage, boliganvisning og ventetid, støttebeslutninger pr. metode, "hvor går tiden?" pr. enhed.',
      data_period_from: addMonths(start, -12),
      data_period_to: addDays(start, -1),
      data_access:
        'Taskforcen ser kun diskretionerede tal (under 5 vises som "<5"). Kommunen ser alle egne tal. Ingen personoplysninger forlader kommunen uden en særskilt aftale.',
      data_valid_until: addMonths(start, 25),
      updated_by_user_id: consultant,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await insertTaskforcePhases(tx, id, phases);
  const activities = [
    ...planTaskforceActivities(planned).map((a) => ({ ...a, title: '' })),
    {
      phase: 'development' as const,
      kind: 'learning_activity' as const,
      plannedOn: addMonths(start, 9),
      title: 'Læringsdag om CTI for støttemedarbejdere',
    },
  ];
  const pastStatusMeetings = activities.filter((a) => a.kind === 'status_meeting' && a.plannedOn < today);
  const latestPastMeeting = pastStatusMeetings.at(-1);
  await insertTaskforceActivities(
    tx,
    id,
    activities.map((a) => ({
      ...a,
      doneOn: a.plannedOn < today && a !== latestPastMeeting ? a.plannedOn : null,
      note:
        a.kind === 'political_presentation' && a.phase === 'analysis' ? 'Analysen fremlagt for social- og sundhedsudvalget.' : '',
    })),
  );
  const members: [TaskforceCourseBody, string, string][] = [
    ['implementation_team', 'Lars Leder', 'Leder af myndighed voksne (formand)'],
    ['implementation_team', 'Søren Sagsbehandler', 'Sagsbehandler'],
    ['implementation_team', 'Sofie Støttemedarbejder', 'CTI-team'],
    ['implementation_team', 'Frederik Forstander', 'Forstander, Forsorgshjemmet Havnely'],
    ['steering_group', 'Mette Madsen', 'Socialdirektør (formand)'],
    ['steering_group', 'Anne Administrator', 'Chef for voksenområdet'],
    ['steering_group', 'Peter Pedersen', 'Boligchef'],
  ];
  await replaceTaskforceMembers(
    tx,
    id,
    members.map(([body, name, role]) => ({ body, name, role })),
  );
  // The taskforce's own people on the course (only they of the national organisation reach it): the
  // consultant who runs it and Ankestyrelsen's reviewer of its legal case review.
  const reviewer = (await demoUser(tx, 'ankestyrelsen@demo.hjemvej.dk')).id;
  await tx
    .insertInto('taskforce_course_staff')
    .values([consultant, reviewer].map((user) => ({ course_id: id, user_id: user, added_by_user_id: consultant })))
    .execute();

  // At the start of the analysis phase the consultant froze the data package of the year before the course.
  const analysis = phases.find((p) => p.phase === 'analysis');
  const frozenOn = addDays(analysis?.actualStart ?? start, 2);
  const packageId = await systemFreezeDataPackage(
    { tx },
    { id, municipalityId, municipalityName: 'Demo Kommune' },
    { from: addMonths(start, -12), to: addDays(start, -1) },
    { userId: consultant, name: consultantName, at: new Date(`${frozenOn}T09:30:00+01:00`) },
  );
  await seedDemoPlan(tx, today, { courseId: id, municipalityId, packageId, consultant, consultantName, phases });
}

/**
 * The development plan chosen after the analysis: one point under housing supply, its goal on
 * the first housing measure the baseline package shows, owned by the leader, and an action for
 * the caseworker due in ten days: a task in his inbox. The learning day is logged too.
 */
async function seedDemoPlan(
  tx: Tx,
  today: IsoDate,
  values: {
    courseId: string;
    municipalityId: string;
    packageId: string;
    consultant: string;
    consultantName: string;
    phases: readonly { phase: string; plannedEnd: IsoDate; actualStart: IsoDate | null }[];
  },
) {
  const { content } = await tx
    .selectFrom('taskforce_data_packages')
    .select('content')
    .where('id', '=', values.packageId)
    .executeTakeFirstOrThrow();
  const figures = taskforceDataPackageContentSchema.parse(content).figures;
  const [measure, baseline] =
    (['k2_housed_60', 'k1_lead_time', 'k11_waiting_days', 'k5_ended_over_120'] as const)
      .map((m) => [m, goalValueOf(measureDefinitions[m].display, figures.find((f) => f.measure === m)?.published)] as const)
      .find(([, value]) => value !== null) ?? [];
  if (measure === undefined || baseline === undefined || baseline === null) return;
  const owners = await findPlanOwners(tx, values.municipalityId);
  const leader = owners.find((o) => o.name === 'Lars Leder') ?? owners[0];
  const caseworker = owners.find((o) => o.name === 'Søren Sagsbehandler') ?? leader;
  if (!leader || !caseworker) return;
  const development = values.phases.find((p) => p.phase === 'development');
  const chosenAt = new Date(`${development?.actualStart ?? today}T10:00:00+01:00`);
  const pointId = await insertPlanPoint(tx, {
    course_id: values.courseId,
    theme: 'housing_supply',
    title: 'Hurtigere fra forsorgshjem til egen bolig',
    description: 'Fast aftale med boligselskaberne om anvisning og en boligplan fra første uge på forsorgshjemmet.',
    created_by_user_id: values.consultant,
  });
  const display = measureDefinitions[measure].display;
  const target = display === 'share' ? Math.min(100, Math.round(baseline + 20)) : Math.max(0, Math.round(baseline * 0.6));
  const goalId = await insertPlanGoal(tx, {
    point_id: pointId,
    measure,
    baseline_package_id: values.packageId,
    baseline,
    target,
    target_on: development?.plannedEnd ?? addMonths(today, 6),
    owner_user_id: leader.id,
    description: 'Måles på levende data ved hvert statusmøde.',
    created_by_user_id: values.consultant,
  });
  const title = 'Aftale med boligselskaberne om fast anvisning til borgere på forsorgshjem';
  const dueOn = addDays(today, 10);
  const { id: taskId } = await tx
    .insertInto('tasks')
    .values({
      organisation_id: values.municipalityId,
      citizen_id: null,
      unit_id: caseworker.unitId,
      title,
      description: 'Handling i taskforce-forløbets udviklingsplan: »Hurtigere fra forsorgshjem til egen bolig«.',
      status: 'in_progress',
      assignee_user_id: caseworker.id,
      due_on: dueOn,
      normal_due_on: dueOn,
      opened_at: chosenAt,
      created_by_user_id: values.consultant,
      linked_record_type: 'taskforce_action',
      created_at: chosenAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await insertTaskEvent(tx, taskId, 'created', { userId: values.consultant, name: values.consultantName });
  await insertTaskEvent(tx, taskId, 'taken', { userId: values.consultant, name: values.consultantName }, caseworker.name);
  const actionId = await insertPlanAction(tx, {
    goal_id: goalId,
    title,
    owner_user_id: caseworker.id,
    due_on: dueOn,
    created_by_user_id: values.consultant,
  });
  await setPlanActionTask(tx, actionId, taskId);
  await tx.updateTable('tasks').set({ linked_record_id: actionId }).where('id', '=', taskId).execute();
  await insertLearningActivity(tx, {
    course_id: values.courseId,
    held_on: addDays(chosenAt.toISOString().slice(0, 10), 30),
    theme: 'support_methods',
    title: 'Læringsdag om CTI for støttemedarbejdere',
    participants: 'CTI-team, myndighed voksne, Forsorgshjemmet Havnely',
    created_by_user_id: values.consultant,
  });
  await seedDemoStatusMeeting(tx, today, { ...values, caseworker });
  const analysis = values.phases.find((p) => p.phase === 'analysis');
  await seedDemoTaskforceReport(tx, today, {
    courseId: values.courseId,
    packageId: values.packageId,
    consultant: values.consultant,
    point: { id: pointId, measure },
    publishedOn: addDays(analysis?.plannedEnd ?? today, -14),
    leader,
  });
}

/**
 * The last status meeting held and marked done (before the latest, still overdue): recorded
 * with the goal's value on live data up to its day, the minutes, and a decision for the
 * caseworker that is a task in his inbox, due in two weeks.
 */
async function seedDemoStatusMeeting(
  tx: Tx,
  today: IsoDate,
  values: {
    courseId: string;
    municipalityId: string;
    consultant: string;
    consultantName: string;
    caseworker: { id: string; name: string; unitId: string };
  },
) {
  const activity = await tx
    .selectFrom('taskforce_course_activities')
    .select(['id', 'planned_on as plannedOn'])
    .where('course_id', '=', values.courseId)
    .where('kind', '=', 'status_meeting')
    .where('done_on', 'is not', null)
    .orderBy('planned_on', 'desc')
    .executeTakeFirst();
  if (!activity) return;
  const heldOn = activity.plannedOn;
  const goals = await findPlanGoals(tx, values.courseId);
  const live = await liveValues({ tx }, { municipalityId: values.municipalityId }, goals, heldOn);
  const heldAt = new Date(`${heldOn}T13:00:00+01:00`);
  const meeting = await tx
    .insertInto('taskforce_status_meetings')
    .values({
      course_id: values.courseId,
      activity_id: activity.id,
      held_on: heldOn,
      minutes:
        'Gennemgang af udviklingsplanen. Boligplanen fra første uge er indført på Forsorgshjemmet Havnely; anvisningsaftalen med boligselskaberne er endnu ikke på plads. Styregruppen orienteres på næste møde.',
      agenda_actions: '[]',
      created_by_user_id: values.consultant,
      created_at: heldAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await insertStatusGoalValues(
    tx,
    goals.map((goal) => {
      const value = live.get(goal.id);
      return {
        meeting_id: meeting.id,
        goal_id: goal.id,
        value: value?.value ?? null,
        hidden_label: value?.hiddenLabel ?? null,
        period_from: value?.from ?? heldOn,
        period_to: value?.to ?? heldOn,
      };
    }),
  );
  const text = 'Saml tal på ventetid fra klar til indflytning til næste statusmøde';
  const dueOn = addDays(today, 14);
  const decision = await tx
    .insertInto('taskforce_status_meeting_decisions')
    .values({ meeting_id: meeting.id, position: 0, text, owner_user_id: values.caseworker.id, due_on: dueOn })
    .returning('id')
    .executeTakeFirstOrThrow();
  const { id: taskId } = await tx
    .insertInto('tasks')
    .values({
      organisation_id: values.municipalityId,
      citizen_id: null,
      unit_id: values.caseworker.unitId,
      title: text,
      description: `Beslutning på taskforce-forløbets statusmøde ${heldOn.split('-').reverse().join('.')}.`,
      status: 'in_progress',
      assignee_user_id: values.caseworker.id,
      due_on: dueOn,
      normal_due_on: dueOn,
      opened_at: heldAt,
      created_by_user_id: values.consultant,
      linked_record_type: 'taskforce_decision',
      linked_record_id: decision.id,
      created_at: heldAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await insertTaskEvent(tx, taskId, 'created', { userId: values.consultant, name: values.consultantName });
  await insertTaskEvent(tx, taskId, 'taken', { userId: values.consultant, name: values.consultantName }, values.caseworker.name);
  await tx.updateTable('taskforce_status_meeting_decisions').set({ task_id: taskId }).where('id', '=', decision.id).execute();
}
