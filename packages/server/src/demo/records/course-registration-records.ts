/**
 * The demo courses' documentation (individforløb): an intake a few days after the start, a
 * status every 3 months up to today, and an exit when the course has ended. Ratings improve a
 * little from one registration to the next; the citizen's own words appear now and then.
 * One open course (`dueToday`) is left with its status due today, with the task in the team's
 * inbox, so the support worker has a registration to make on the first sign-in.
 */
import type { Transaction } from 'kysely';
import type { CourseRegistrationContent } from '@hjemvej/contract';
import {
  addDays,
  addMonths,
  formatDateDa,
  lifeAreas,
  minIsoDate,
  type ExitReason,
  type IsoDate,
  type LifeAreaRating,
} from '@hjemvej/domain';
import type { Db } from '../../database/connection';
import type { Database, SupportCourseEndReason } from '../../database/schema';
import { emptyRegistrationBody } from '../../modules/course-registrations/course-registration-queries';
import { insertTask, insertTaskEvent } from '../../modules/tasks/task-queries';
import { courseRegistrationRows, insertRecordRows, type RecordAuthor } from './course-records';

type Tx = Transaction<Database>;

const citizenWords = [
  'Det går bedre, jeg sover om natten nu.',
  'Økonomien driller stadig, men jeg har styr på huslejen.',
  'Jeg savner at se min familie oftere.',
  'Jeg har fået en rytme i hverdagen.',
];

const exitReasonOf: Readonly<Record<SupportCourseEndReason, ExitReason>> = {
  completed: 'planned_end',
  citizen_declined: 'citizen_declined',
  moved_away: 'moved_municipality',
  lost_housing: 'lost_housing',
  transferred: 'transferred',
  died: 'died',
  other: 'other',
};

function ratingFor(step: number, area: number, seed: number): LifeAreaRating {
  const base = 2 + ((area + seed) % 2);
  return Math.min(5, base + Math.floor(step / 2)) as LifeAreaRating;
}

/** A registration with no answers: what the demo's registrations start from, and the test factories' default. */
export function emptyRegistrationContent(
  kind: CourseRegistrationContent['kind'],
  registeredOn: IsoDate,
): CourseRegistrationContent {
  return { kind, registeredOn, ...emptyRegistrationBody };
}

/** A registration's content as the demo writes it (also the key figures' history, key-figure-history.ts). */
export function registrationContentOf(
  kind: 'intake' | 'status',
  registeredOn: IsoDate,
  step: number,
  seed: number,
): CourseRegistrationContent {
  return {
    ...emptyRegistrationContent(kind, registeredOn),
    housingStatus: 'moved_in',
    referralSource: kind === 'intake' ? 'shelter_110' : null,
    contactFrequency: step === 0 ? 'several_weekly' : 'weekly',
    supplementaryServices: seed % 3 === 0 ? ['debt_advice'] : [],
    lifeAreas: lifeAreas.map((lifeArea, area) => ({
      lifeArea,
      workerRating: ratingFor(step, area, seed),
      citizenRating: ratingFor(step + 1, area, seed + 1),
      citizenWords:
        area === (step + seed) % lifeAreas.length ? (citizenWords[(step + seed) % citizenWords.length] ?? null) : null,
    })),
  };
}

/** The day whose status makes the next one due exactly `today` (3 months on, month ends clamped). */
function statusDayDueOn(today: IsoDate): IsoDate {
  let day = addMonths(today, -3);
  while (addMonths(day, 3) < today) day = addDays(day, 1);
  return day;
}

/**
 * A course registration with its first version, written straight to the database as the demo
 * and the test factories write it (the module's service is the write path with rules and audit).
 */
export function insertCourseRegistration(
  db: Db,
  values: {
    readonly supportCourseId: string;
    readonly citizenId: string;
    readonly content: CourseRegistrationContent;
    readonly by: RecordAuthor;
    readonly savedAt?: Date;
  },
): Promise<{ id: string }> {
  const { content, savedAt, ...record } = values;
  return insertRecordRows(db, courseRegistrationRows({ ...record, versions: [{ content, ...(savedAt ? { savedAt } : {}) }] }));
}

export interface DemoCourseRegistrations {
  readonly courseId: string;
  readonly citizenId: string;
  readonly organisationId: string;
  readonly teamUnitId: string;
  readonly startedOn: IsoDate;
  readonly endedOn: IsoDate | null;
  readonly endReason: SupportCourseEndReason | null;
  readonly endNote: string | null;
  readonly worker: { readonly id: string; readonly name: string };
  readonly today: IsoDate;
  readonly dueToday: boolean;
  readonly seed: number;
}

export async function writeDemoCourseRegistrations(tx: Tx, c: DemoCourseRegistrations): Promise<void> {
  const until = c.endedOn ?? c.today;
  const intakeOn = minIsoDate(addDays(c.startedOn, 3), until);
  const rows: CourseRegistrationContent[] = [registrationContentOf('intake', intakeOn, 0, c.seed)];
  const lastStatusOn = c.dueToday ? statusDayDueOn(c.today) : until;
  const before = (on: IsoDate) => (c.dueToday ? on < lastStatusOn : on <= lastStatusOn);
  for (let step = 1, on = addMonths(intakeOn, 3); before(on); step += 1, on = addMonths(intakeOn, 3 * step)) {
    rows.push(registrationContentOf('status', on, step, c.seed));
  }
  if (c.dueToday && lastStatusOn > intakeOn) rows.push(registrationContentOf('status', lastStatusOn, rows.length, c.seed));
  if (c.endedOn !== null) {
    const reason = exitReasonOf[c.endReason ?? 'completed'];
    rows.push({
      ...registrationContentOf('status', c.endedOn, rows.length, c.seed),
      kind: 'exit',
      referralSource: null,
      contactFrequency: null,
      supplementaryServices: [],
      lifeAreas: [],
      exitReason: reason,
      exitReasonText: reason === 'other' ? (c.endNote ?? 'Andet') : null,
      exitDestination: 'own_home',
    });
  }
  let lastId: string | null = null;
  for (const content of rows) {
    const savedAt = new Date(`${content.registeredOn}T14:00:00+01:00`);
    ({ id: lastId } = await insertCourseRegistration(tx, {
      supportCourseId: c.courseId,
      citizenId: c.citizenId,
      content,
      by: c.worker,
      savedAt,
    }));
  }
  if (!c.dueToday || lastId === null || c.endedOn !== null) return;
  const taskId = await insertTask(tx, {
    organisation_id: c.organisationId,
    citizen_id: c.citizenId,
    unit_id: c.teamUnitId,
    title: 'Statusregistrering i bostøtteforløb',
    description: `Forfalder ${formatDateDa(c.today)}`,
    status: 'open',
    due_on: c.today,
    normal_due_on: c.today,
    opened_at: new Date(`${rows.at(-1)?.registeredOn ?? intakeOn}T14:00:00+01:00`),
    created_by_user_id: c.worker.id,
  });
  await insertTaskEvent(tx, taskId, 'created', { userId: c.worker.id, name: c.worker.name });
  await tx.updateTable('course_registrations').set({ due_task_id: taskId }).where('id', '=', lastId).execute();
}
