/**
 * Two years and more of finished courses, so the key figures' trends look real on the first
 * start: Demo Kommune gets about 140 former homeless citizens (first contact 2–27 months ago,
 * a stay at Havnely, move-in, CTI/ICM/ACT/M-ACT support, follow-ups, and for some a return to
 * the shelter, a death, a move or a course the citizen left), and five further municipalities
 * of different sizes (one with only three citizens, so the national view shows "<5") get the
 * same kind of history.
 *
 * Everyone is housed and every stay is closed, so nobody here appears on the by-name list or
 * at the shelter as a resident: the hand-made scenarios stay what the tour shows. Surnames are
 * from a list of their own, so a search for a scenario's name finds one person. CPR serials are
 * in the generated range 9000–9898 (fictional-people.ts), one per person. Multi-row inserts,
 * deterministic by seed; no audit events (history, not anybody's work in the app).
 */
import { randomUUID } from 'node:crypto';
import type { CourseRegistrationContent, DecisionContent, PlanContent } from '@hjemvej/contract';
import { addDays, addMonths, type IsoDate, maxIsoDate, minIsoDate, type SupportMethod } from '@hjemvej/domain';
import type { Database } from '../database/schema';
import { completeIntake } from '../modules/shelter-stays/shelter-stay-queries';
import { defaultCtiChecklists } from '../modules/support-courses/cti-checklists';
import { registrationContentOf } from './records/course-registration-records';
import { appendRecordRows, courseRegistrationRows, decisionRows, planRows } from './records/course-records';
import { emptyDemoRows, insertDemoRows, type DemoRows } from './records/demo-rows';
import { femaleFirstNames, fictionalCpr, maleFirstNames } from './citizens/fictional-people';
import type { Tx } from './citizens/writer';
import { seededRandom } from './generate-citizens';
import { insertRow } from '../database/row-writes';

/** Surnames no hand-made demo citizen has. */
const historySurnames = [
  'Abildgaard',
  'Bisgaard',
  'Dalsgaard',
  'Egholm',
  'Fogh',
  'Gram',
  'Hedegaard',
  'Juul',
  'Kirkegaard',
  'Lykke',
  'Munk',
  'Nørskov',
  'Ravn',
  'Skov',
  'Thygesen',
  'Ulriksen',
  'Vestergaard',
  'Winther',
  'Østergaard',
  'Aagaard',
];

/** Further demo municipalities for the national view, with the number of former homeless citizens each. */
export const historyMunicipalities: readonly { readonly name: string; readonly code: string; readonly people: number }[] = [
  { name: 'Fjordby Kommune', code: '0991', people: 70 },
  { name: 'Skovlund Kommune', code: '0992', people: 35 },
  { name: 'Bakkedal Kommune', code: '0993', people: 20 },
  { name: 'Åstrand Kommune', code: '0994', people: 10 },
  { name: 'Lystrup Kommune', code: '0995', people: 3 },
];
const demoKommunePeople = 140;

const tableOrder = [
  'citizens',
  'housing_periods',
  'shelter_stays',
  'plans',
  'plan_versions',
  'housing_allocations',
  'decisions',
  'decision_versions',
  'support_courses',
  'support_course_phases',
  'outcome_follow_ups',
  'housing_profiles',
  'course_registrations',
  'course_registration_versions',
] as const;
type Rows = DemoRows<(typeof tableOrder)[number]>;

interface Place {
  readonly municipalityId: string;
  readonly shelterId: string;
  readonly teams: Readonly<Record<SupportMethod, string>>;
}

const at = (date: IsoDate) => new Date(`${date}T10:00:00+01:00`);

/**
 * What the later key figures read (K9, K11, K15), drawn from a generator of its own so the
 * history above keeps its numbers: a § 85 a decision before the move-in for most (with the
 * § 142 plan in force on the discharge day, a discharge by § 110 stk. 5), a ready-to-move
 * date on the housing profile for many, and the course documentation (an intake, a status every
 * 3 months, an exit), left behind for some open courses so a few registrations are overdue.
 */
interface Later {
  readonly random: () => number;
  readonly today: IsoDate;
  readonly municipalityId: string;
}

function writeDecision(
  rows: Rows,
  later: Later,
  citizenId: string,
  method: SupportMethod,
  decidedOn: IsoDate,
  from: IsoDate,
): string {
  const content: DecisionContent = {
    kind: '85a',
    method,
    outcome: 'granted',
    decidedOn,
    periodFrom: from,
    periodTo: null,
    reasons: 'Bostøtte efter Housing First-principperne i egen bolig.',
    wishedProvider: null,
    wishFollowed: null,
    reasonIfNotFollowed: null,
    appealGuidance: 'Du kan klage over afgørelsen inden 4 uger.',
  };
  return appendRecordRows(
    rows,
    decisionRows({ citizenId, organisationId: later.municipalityId, versions: [{ content, savedAt: at(decidedOn) }], by: null }),
  );
}

function writeRegistrations(
  rows: Rows,
  later: Later,
  course: { id: string; citizenId: string; startedOn: IsoDate; endedOn: IsoDate | null; seed: number },
): void {
  const until = course.endedOn ?? later.today;
  // Some open courses fall behind: the documentation stops a few months ago.
  const behind = course.endedOn === null && later.random() < 0.15;
  const stopOn = behind ? addMonths(until, -(1 + Math.floor(later.random() * 5))) : until;
  const intakeOn = minIsoDate(addDays(course.startedOn, Math.floor(later.random() * 6)), until);
  const contents: CourseRegistrationContent[] = [registrationContentOf('intake', intakeOn, 0, course.seed)];
  for (let step = 1, on = addMonths(intakeOn, 3); on <= stopOn; step += 1, on = addMonths(intakeOn, 3 * step))
    contents.push(registrationContentOf('status', addDays(on, -Math.floor(later.random() * 5)), step, course.seed));
  if (course.endedOn !== null)
    contents.push({
      ...registrationContentOf('status', course.endedOn, contents.length, course.seed),
      kind: 'exit',
      referralSource: null,
      contactFrequency: null,
      supplementaryServices: [],
      lifeAreas: [],
      exitReason: 'planned_end',
      exitDestination: 'own_home',
    });
  for (const content of contents) {
    const { citizenId, id: supportCourseId } = course;
    const versions = [{ content, savedAt: at(content.registeredOn) }];
    appendRecordRows(rows, courseRegistrationRows({ supportCourseId, citizenId, versions, by: null }));
  }
}

function writePerson(
  rows: Rows,
  random: () => number,
  place: Place,
  today: IsoDate,
  serial: number,
  index: number,
  laterRandom: () => number,
): void {
  const later: Later = { random: laterRandom, today, municipalityId: place.municipalityId };
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const sex = random() < 0.7 ? 'm' : 'f';
  const born = addDays('1958-01-01', int(0, 45 * 365));
  const id = randomUUID();
  const firstContact = addDays(today, -int(70, 820));
  const atShelter = random() < 0.8;
  const admitted = addDays(firstContact, int(0, 14));
  const waited = pick([12, 25, 40, 55, 70, 95, 130, 190]) + int(0, 15);
  const moveIn = minIsoDate(addDays(atShelter ? admitted : firstContact, waited), addDays(today, -20));
  rows.citizens.push({
    id,
    handlekommune_id: place.municipalityId,
    cpr: fictionalCpr(born, sex, serial),
    birth_date: born,
    first_name: pick(sex === 'm' ? maleFirstNames : femaleFirstNames),
    last_name: historySurnames[index % historySurnames.length] ?? 'Skov',
    alias: null,
    phone: null,
    email: null,
    contact_note: null,
    merged_into_id: null,
    created_by_organisation_id: place.municipalityId,
    updated_by_user_id: null,
    is_demo: true,
    first_contact_on: firstContact,
    created_at: at(addDays(firstContact, int(0, 2))),
    updated_at: at(moveIn),
  });
  const period = (category: Database['housing_periods']['category'], from: IsoDate, to: IsoDate | null) =>
    rows.housing_periods.push({
      id: randomUUID(),
      citizen_id: id,
      category,
      from_date: from,
      to_date: to,
      note: null,
      created_by_user_id: null,
      created_at: at(from),
      updated_at: at(to ?? from),
    });
  const stay = (from: IsoDate, to: IsoDate) =>
    rows.shelter_stays.push({
      citizen_id: id,
      shelter_id: place.shelterId,
      admitted_on: from,
      referral: random() < 0.7 ? 'self' : 'referred',
      referred_by: null,
      intake: JSON.stringify(completeIntake(undefined)),
      handlekommune_notified_on: random() < 0.92 ? addDays(from, pick([0, 1, 1, 2, 3, 5, 8])) : null,
      discharged_on: to,
      discharge_reason: 'planned',
      discharge_destination: 'own_home_with_lease',
      created_by_user_id: null,
      updated_by_user_id: null,
      created_at: at(addDays(from, pick([0, 0, 0, 1, 2, 4, 9]))),
      updated_at: at(to),
    });

  // Before the move-in: homeless, perhaps at Havnely, with a § 142 plan there.
  if (atShelter) {
    if (admitted > firstContact)
      period(pick(['rough_sleeping', 'family_friends', 'night_shelter'] as const), firstContact, admitted);
    period('shelter_110', admitted, moveIn);
    stay(admitted, moveIn);
    if (random() < 0.85) {
      const madeOn = minIsoDate(addDays(admitted, int(3, 40)), addDays(moveIn, -1));
      // The plan applies through the discharge day (§ 110 stk. 5 nr. 1) and ends the day after.
      const planEnd = addDays(moveIn, 1);
      const content: PlanContent = {
        kind: '142',
        madeOn,
        endedOn: planEnd,
        goals: [{ lifeArea: 'housing', goal: 'Egen bolig med støtte', note: null }],
        citizenWishes: null,
        responsible: [],
        followUps: [],
      };
      appendRecordRows(rows, planRows({ citizenId: id, versions: [{ content, savedAt: at(madeOn) }], by: null }));
    }
  } else {
    period(pick(['rough_sleeping', 'family_friends', 'hotel_hostel'] as const), firstContact, moveIn);
  }

  // The move-in, and what happened after it.
  const allocationId = randomUUID();
  const allocatedOn = maxIsoDate(addDays(moveIn, -int(5, 20)), firstContact);
  rows.housing_allocations.push({
    id: allocationId,
    citizen_id: id,
    address: `Fjordbovej ${1 + (index % 90)}, ${1 + (index % 4)}. sal`,
    landlord: 'Boligselskabet Fjordbo',
    partner_id: null,
    monthly_rent: 3_800 + (index % 9) * 150,
    rooms: 1 + (index % 2),
    allocated_on: allocatedOn,
    lease_signed_on: maxIsoDate(allocatedOn, addDays(moveIn, -3)),
    planned_move_in_on: moveIn,
    move_in_on: moveIn,
    withdrawn_on: null,
    withdrawal_reason: null,
    move_in_housing_period_id: null,
    note: null,
    created_by_user_id: null,
    updated_by_user_id: null,
    created_at: at(addDays(allocatedOn, pick([0, 1, 2, 5]))),
    updated_at: at(moveIn),
  });
  const fate = random();
  const returnOn = addDays(moveIn, int(40, 480));
  const returned = fate < 0.13 && returnOn <= addDays(today, -10);
  const endOn = addDays(moveIn, int(40, 330));
  const ending = fate >= 0.13 && fate < 0.26 && endOn <= today ? pick(['died', 'moved_away', 'citizen_declined'] as const) : null;
  if (returned) {
    const rehoused = minIsoDate(addDays(returnOn, int(10, 90)), addDays(today, -1));
    period('own_home_with_lease', moveIn, returnOn);
    period('shelter_110', returnOn, rehoused);
    period('own_home_with_lease', rehoused, null);
    stay(returnOn, rehoused);
  } else {
    period('own_home_with_lease', moveIn, null);
  }
  for (const milestone of [3, 6, 12] as const) {
    const checkedOn = addDays(addMonths(moveIn, milestone), int(0, 10));
    if (checkedOn > today || (ending !== null && checkedOn > endOn)) break;
    const lost = returned && returnOn <= checkedOn;
    rows.outcome_follow_ups.push({
      citizen_id: id,
      housing_allocation_id: allocationId,
      milestone,
      checked_on: checkedOn,
      keeps_home: !lost,
      lost_home_on: lost ? returnOn : null,
      returned_from_housing: false,
      returned_housing_period_id: null,
      note: null,
      created_by_user_id: null,
      updated_by_user_id: null,
      created_at: at(checkedOn),
      updated_at: at(checkedOn),
    });
    if (lost) break;
  }

  // Support after § 85 a: CTI runs three phases of three months and ends; the others go on.
  const method = pick(['cti', 'cti', 'cti', 'icm', 'icm', 'act', 'm_act'] as const);
  const courseId = randomUUID();
  const startedOn = addDays(moveIn, -int(0, 10));
  const phases = method === 'cti' ? [moveIn, addMonths(moveIn, 3), addMonths(moveIn, 6)].filter((d) => d <= today) : [];
  const ctiEnd = addMonths(moveIn, 9);
  const [endedOn, endReason] = returned
    ? [returnOn, 'lost_housing' as const]
    : ending !== null
      ? [endOn, ending]
      : method === 'cti' && ctiEnd <= today
        ? [ctiEnd, random() < 0.85 ? ('completed' as const) : ('transferred' as const)]
        : [null, null];
  // The § 85 a decision behind the support, made before the move-in, for most.
  const decisionId =
    later.random() < 0.8
      ? writeDecision(
          rows,
          later,
          id,
          method,
          maxIsoDate(firstContact, addDays(startedOn, -Math.floor(later.random() * 12) - 1)),
          startedOn,
        )
      : null;
  rows.support_courses.push({
    id: courseId,
    citizen_id: id,
    method,
    decision_id: decisionId,
    team_unit_id: place.teams[method],
    worker_user_id: null,
    started_on: startedOn,
    ended_on: endedOn,
    end_reason: endReason,
    end_note: null,
    note: null,
    created_by_user_id: null,
    updated_by_user_id: null,
    created_at: at(addDays(startedOn, pick([0, 1, 3, 8]))),
    updated_at: at(endedOn ?? startedOn),
  });
  // Judged ready to move some time before moving in (K11), for many.
  if (later.random() < 0.7) {
    const before = [10, 30, 60, 120, 160, 200, 260, 400][Math.floor(later.random() * 8)] ?? 30;
    rows.housing_profiles.push({
      citizen_id: id,
      organisation_id: place.municipalityId,
      ready_to_move_on: maxIsoDate(firstContact, addDays(moveIn, -before)),
      support_planned: true,
      updated_by_user_id: null,
    });
  }
  writeRegistrations(rows, later, { id: courseId, citizenId: id, startedOn, endedOn, seed: index });
  if (method === 'cti')
    for (const phase of [1, 2, 3] as const) {
      const started = phases[phase - 1] ?? null;
      rows.support_course_phases.push({
        support_course_id: courseId,
        phase,
        started_on: started !== null && (endedOn === null || started <= endedOn) ? started : null,
        checklist: JSON.stringify(defaultCtiChecklists[phase].map((label) => ({ label, done: false, doneOn: null }))),
      });
    }
}

export interface HistoryPlaces {
  readonly demoKommuneId: string;
  readonly shelterId: string;
  /** Demo Kommune's CTI, ICM and ACT teams (M-ACT courses go to the ACT team). */
  readonly demoTeams: Readonly<Record<SupportMethod, string>>;
}

/** Writes the history of Demo Kommune and creates the further municipalities with theirs. */
export async function seedKeyFigureHistory(tx: Tx, today: IsoDate, places: HistoryPlaces): Promise<void> {
  const random = seededRandom(20_261_205);
  const rows = emptyDemoRows(tableOrder);
  const laterRandom = seededRandom(20_261_206);
  let serial = 9_000;
  const demo: Place = { municipalityId: places.demoKommuneId, shelterId: places.shelterId, teams: places.demoTeams };
  for (let i = 0; i < demoKommunePeople; i += 1, serial += 2) writePerson(rows, random, demo, today, serial, i, laterRandom);
  for (const municipality of historyMunicipalities) {
    const id = await insertRow(tx, 'organisations', {
      kind: 'municipality',
      name: municipality.name,
      municipality_code: municipality.code,
      partner_type: null,
      shelter_operator: null,
      contact_email: null,
      contact_phone: null,
      is_demo: true,
    });
    const team = async (name: string, kind: 'cti' | 'icm') =>
      (await tx.insertInto('units').values({ organisation_id: id, name, kind }).returning('id').executeTakeFirstOrThrow()).id;
    const cti = await team('CTI-team', 'cti');
    const icm = await team('ICM-team', 'icm');
    const place: Place = { municipalityId: id, shelterId: places.shelterId, teams: { cti, icm, act: icm, m_act: icm } };
    for (let i = 0; i < municipality.people; i += 1, serial += 2) writePerson(rows, random, place, today, serial, i, laterRandom);
  }
  await insertDemoRows(tx, rows, 500);
}
