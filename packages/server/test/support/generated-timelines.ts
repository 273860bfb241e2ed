/**
 * Generated citizen timelines for the key figures: random but valid courses (stays, move-ins,
 * housing periods, support courses with CTI phases and end reasons, plans, follow-ups,
 * registration delays), written to the database and returned as the domain's
 * `CitizenTimeline`s, so the SQL and the reference implementation can be run on the same data.
 */
import { sql } from 'kysely';
import {
  addDays,
  addMonths,
  type CitizenTimeline,
  daysBetween,
  type CourseEndReason,
  type HousingCategory,
  type IsoDate,
  minIsoDate,
  type SupportMethod,
  type TimelineAllocation,
  type DischargeReason,
  type TimelineCourse,
  type TimelineDecision,
  type TimelineFollowUp,
  type TimelineHousingPeriod,
  type TimelinePlan,
  type TimelineRegistration,
  type TimelineStay,
  lifeAreas,
  mulberry32,
} from '@hjemvej/domain';
import type { Db } from '../../src/database/connection';
import { createCitizen, createDecision, createHousingAllocation, createPlan, createStay } from './factories';

/** A small seeded generator (the domain's mulberry32), so a failing run can be repeated. */
export function seededRandom(seed: number): () => number {
  return mulberry32(seed);
}

export interface GenerateOptions {
  readonly municipalityId: string;
  readonly shelterIds: readonly string[];
  readonly teams: readonly { readonly id: string; readonly method: SupportMethod }[];
  readonly people: number;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly seed: number;
  /** The municipality's status interval for course registrations, when set in its collaboration settings. */
  readonly registrationIntervalMonths?: number;
}

const homelessPick: readonly HousingCategory[] = ['rough_sleeping', 'family_friends', 'shelter_110', 'transitional_housing'];
const otherDischargeReasons: readonly DischargeReason[] = ['citizen_left', 'expelled', 'transferred', 'died', 'other'];
const decisionKinds: readonly TimelineDecision['kind'][] = ['85a', '85', '107', '108'];
const endReasons: readonly CourseEndReason[] = ['completed', 'citizen_declined', 'moved_away', 'died', 'lost_housing', 'other'];

/**
 * A registration's answers, some left empty (K15's required fields): complete, a field or a
 * life area's rating missing, "other" without its text, or nothing saved at all (the column's
 * default `{}`). Drawn from its own generator, so the rest of the data does not change with it.
 */
function registrationFields(
  random: () => number,
  kind: TimelineRegistration['kind'],
  registeredOn: IsoDate,
): { fields: Omit<TimelineRegistration, 'id'>; stored: string } {
  const chance = (p: number) => random() < p;
  const fill = <T>(value: T): T | null => (chance(0.1) ? null : value);
  if (chance(0.08)) {
    const empty = {
      kind,
      registeredOn,
      housingStatus: null,
      homelessCategory: null,
      referralSource: null,
      contactFrequency: null,
      lifeAreas: [],
      exitReason: null,
      exitReasonText: null,
      exitDestination: null,
    };
    return { fields: empty, stored: '{}' };
  }
  const housingStatus = fill(
    kind === 'exit' ? ('moved_in' as const) : chance(0.5) ? ('not_housed' as const) : ('lease_signed' as const),
  );
  const exitReason = kind === 'exit' ? fill(chance(0.3) ? ('other' as const) : ('planned_end' as const)) : null;
  const fields = {
    kind,
    registeredOn,
    housingStatus,
    homelessCategory: housingStatus === 'not_housed' ? fill('rough_sleeping' as const) : null,
    referralSource: kind === 'intake' ? fill('self' as const) : null,
    contactFrequency: kind === 'exit' ? null : fill('weekly' as const),
    lifeAreas:
      kind === 'exit'
        ? []
        : lifeAreas
            .filter(() => !chance(0.02))
            .map((lifeArea) => ({
              lifeArea,
              workerRating: chance(0.02) ? null : (3 as const),
              citizenRating: chance(0.03) ? null : (4 as const),
            })),
    exitReason,
    exitReasonText: exitReason === 'other' ? (chance(0.5) ? 'Flyttet til familie' : chance(0.5) ? '  ' : null) : null,
    exitDestination: kind === 'exit' ? fill('own_home' as const) : null,
  };
  const { kind: _kind, registeredOn: _registeredOn, ...body } = fields;
  return {
    fields,
    stored: JSON.stringify({
      ...body,
      lifeAreas: body.lifeAreas.map((l) => ({ ...l, citizenWords: null })),
      supplementaryServices: [],
      assessmentId: null,
      planId: null,
      decisionId: null,
      note: null,
    }),
  };
}

/** Registered at 10:00 Danish winter time on the day (created_at is a timestamptz). */
const at = (day: IsoDate) => `${day}T09:00:00Z`;

export async function generateTimelines(db: Db, o: GenerateOptions): Promise<CitizenTimeline[]> {
  const random = seededRandom(o.seed);
  const contentRandom = seededRandom(o.seed + 7919);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[int(0, list.length - 1)] as T;
  const chance = (p: number) => random() < p;
  const span = Math.round((Date.parse(o.end) - Date.parse(o.start)) / 86_400_000);
  const timelines: CitizenTimeline[] = [];

  for (let n = 0; n < o.people; n += 1) {
    const citizen = await createCitizen(db, { handlekommuneId: o.municipalityId, cpr: chance(0.9) ? undefined : null });
    const created = addDays(o.start, int(0, span - 30));
    const recordedContact = chance(0.5) ? addDays(created, -int(0, 20)) : null;
    await sql`UPDATE citizens SET created_at = ${at(created)}::timestamptz, first_contact_on = ${recordedContact}::date
              WHERE id = ${citizen.id}`.execute(db);

    // Stays: one after another from around the creation day.
    const stays: TimelineStay[] = [];
    let cursor = addDays(created, int(-10, 30));
    for (let s = int(0, 3); s > 0 && cursor < o.end; s -= 1) {
      const admittedOn = cursor;
      const nights = pick([0, 5, 40, 95, 121, 200]) + int(0, 20);
      const dischargedOn = chance(0.8) ? minIsoDate(addDays(admittedOn, nights), o.end) : null;
      const notifiedOn = chance(0.85) ? addDays(admittedOn, pick([0, 1, 2, 3, 4, 6, 9])) : null;
      const registeredOn = addDays(admittedOn, pick([0, 0, 1, 2, 5, 12]));
      const shelterId = pick(o.shelterIds);
      const dischargeReason = dischargedOn === null ? null : chance(0.65) ? 'planned' : pick(otherDischargeReasons);
      const { id } = await createStay(db, { citizenId: citizen.id, shelterId, admittedOn, dischargedOn, notifiedOn });
      await sql`UPDATE shelter_stays SET created_at = ${at(registeredOn)}::timestamptz, discharge_reason = ${dischargeReason}
                WHERE id = ${id}`.execute(db);
      stays.push({ id, shelterId, admittedOn, dischargedOn, notifiedOn, registeredOn, dischargeReason });
      if (dischargedOn === null) break;
      cursor = addDays(dischargedOn, int(5, 200));
    }

    // Housing periods: homeless from creation, perhaps housed later, perhaps homeless again.
    const housingPeriods: TimelineHousingPeriod[] = [];
    let from = created;
    for (let h = int(0, 3); h > 0 && from < o.end; h -= 1) {
      const to = chance(0.6) ? minIsoDate(addDays(from, int(20, 400)), o.end) : null;
      const category = housingPeriods.length % 2 === 0 ? pick(homelessPick) : 'own_home_with_lease';
      await sql`INSERT INTO housing_periods (citizen_id, category, from_date, to_date, note, created_by_user_id)
                VALUES (${citizen.id}, ${category}, ${from}::date, ${to}::date, NULL, NULL)`.execute(db);
      housingPeriods.push({ category, from, to });
      if (to === null || to >= o.end) break;
      from = to;
    }

    // Allocations: some withdrawn, most moved into.
    const allocations: TimelineAllocation[] = [];
    const followUps: TimelineFollowUp[] = [];
    for (let a = int(0, 2); a > 0; a -= 1) {
      const allocatedOn = addDays(created, int(0, span / 2));
      if (allocatedOn >= o.end) continue;
      const withdrawn = chance(0.2);
      const moveInOn = withdrawn ? null : minIsoDate(addDays(allocatedOn, int(0, 60)), o.end);
      const registeredOn = addDays(allocatedOn, pick([0, 1, 3, 4, 8]));
      const row = await createHousingAllocation(db, { citizenId: citizen.id, allocatedOn, moveInOn });
      const withdrawnOn = withdrawn ? addDays(allocatedOn, int(1, 20)) : null;
      await sql`UPDATE housing_allocations SET created_at = ${at(registeredOn)}::timestamptz, withdrawn_on = ${withdrawnOn}::date
                WHERE id = ${row.id}`.execute(db);
      allocations.push({ id: row.id, allocatedOn, leaseSignedOn: moveInOn, moveInOn, withdrawnOn, registeredOn });
      if (moveInOn !== null && chance(0.5)) {
        const keepsHome = chance(0.6);
        const checkedOn = addMonths(moveInOn, pick([3, 6, 12]));
        const lostHomeOn = keepsHome ? null : addDays(checkedOn, -int(0, 80));
        await sql`INSERT INTO outcome_follow_ups (citizen_id, housing_allocation_id, milestone, checked_on, keeps_home, lost_home_on,
                    returned_housing_period_id, note, created_by_user_id, updated_by_user_id)
                  VALUES (${citizen.id}, ${row.id}, 3, ${checkedOn}::date, ${keepsHome}, ${lostHomeOn}::date, NULL, NULL, NULL, NULL)`.execute(
          db,
        );
        followUps.push({ checkedOn, keepsHome, lostHomeOn });
      }
    }

    // Support courses, CTI with phases, some ended with a reason.
    const courses: TimelineCourse[] = [];
    for (let c = int(0, 2); c > 0; c -= 1) {
      const team = pick(o.teams);
      const startedOn = addDays(created, int(0, span / 2));
      if (startedOn >= o.end) continue;
      const ended = chance(0.5);
      const endedOn = ended ? minIsoDate(addDays(startedOn, int(20, 420)), o.end) : null;
      const endReason = ended ? pick(endReasons) : null;
      const registeredOn = addDays(startedOn, pick([-3, 0, 2, 7]));
      const { id } = (
        await sql<{ id: string }>`
          INSERT INTO support_courses (citizen_id, method, decision_id, team_unit_id, worker_user_id, started_on, ended_on, end_reason,
                                       end_note, note, created_by_user_id, updated_by_user_id, created_at)
          VALUES (${citizen.id}, ${team.method}, NULL, ${team.id}, NULL, ${startedOn}::date, ${endedOn}::date, ${endReason},
                  NULL, NULL, NULL, NULL, ${at(registeredOn)}::timestamptz)
          RETURNING id`.execute(db)
      ).rows[0] ?? { id: '' };
      const ctiPhases: { phase: 1 | 2 | 3; startedOn: IsoDate }[] = [];
      if (team.method === 'cti') {
        const reached = int(0, 3);
        for (const phase of [1, 2, 3] as const) {
          const phaseStart = phase <= reached ? addMonths(startedOn, phase * 3 - 2) : null;
          await sql`INSERT INTO support_course_phases (support_course_id, phase, started_on, checklist)
                    VALUES (${id}, ${phase}, ${phaseStart}::date, '[]'::jsonb)`.execute(db);
          if (phaseStart !== null) ctiPhases.push({ phase, startedOn: phaseStart });
        }
      }
      // Course registrations: an intake (mostly), statuses every 2–5 months, sometimes an exit when the course ended.
      const dates: { kind: 'intake' | 'status' | 'exit'; registeredOn: IsoDate }[] = [];
      if (chance(0.75)) {
        let on = addDays(startedOn, int(0, 20));
        dates.push({ kind: 'intake', registeredOn: on });
        for (let r = int(0, 3); r > 0; r -= 1) {
          on = addMonths(on, int(2, 5));
          if (on > o.end || (endedOn !== null && on > endedOn)) break;
          dates.push({ kind: 'status', registeredOn: on });
        }
        if (endedOn !== null && chance(0.5)) dates.push({ kind: 'exit', registeredOn: endedOn });
      }
      const registrations: TimelineRegistration[] = [];
      for (const r of dates) {
        const { fields, stored } = registrationFields(contentRandom, r.kind, r.registeredOn);
        const saved = await sql<{ id: string }>`
          INSERT INTO course_registrations (support_course_id, citizen_id, kind, registered_on, content)
          VALUES (${id}, ${citizen.id}, ${r.kind}, ${r.registeredOn}::date, ${stored}::jsonb) RETURNING id`.execute(db);
        registrations.push({ id: saved.rows[0]?.id ?? '', ...fields });
      }
      courses.push({
        id,
        method: team.method,
        teamUnitId: team.id,
        startedOn,
        endedOn,
        endReason,
        ctiPhases,
        registeredOn,
        registrations,
      });
    }

    const plans: TimelinePlan[] = [];
    const addPlan = async (madeOn: IsoDate, endedOn: IsoDate | null) => {
      const kind = chance(0.5) ? '141' : '142';
      const { id } = await createPlan(db, { citizenId: citizen.id, kind, madeOn, endedOn });
      plans.push({ id, kind, madeOn, endedOn });
    };
    for (let p = int(0, 2); p > 0; p -= 1) {
      const madeOn = addDays(created, int(0, span / 2));
      await addPlan(madeOn, chance(0.3) ? addDays(madeOn, int(30, 300)) : null);
    }

    // Decisions: support (§ 85 a, § 85) and residential offers (§§ 107, 108), some refused.
    const decisions: TimelineDecision[] = [];
    const addDecision = async (values: Omit<TimelineDecision, 'id' | 'method'>) => {
      const method = values.kind === '85a' ? pick(o.teams).method : null;
      const { id } = await createDecision(db, { citizenId: citizen.id, organisationId: o.municipalityId, ...values, method });
      decisions.push({ id, method, ...values });
    };
    for (let d = int(0, 2); d > 0; d -= 1) {
      const decidedOn = addDays(created, int(0, span / 2));
      const periodFrom = chance(0.7) ? addDays(decidedOn, int(0, 30)) : null;
      await addDecision({
        kind: pick(decisionKinds),
        outcome: chance(0.8) ? 'granted' : 'refused',
        decidedOn,
        periodFrom,
        periodTo: periodFrom !== null && chance(0.3) ? addDays(periodFrom, int(30, 300)) : null,
      });
    }

    // Some planned discharges prepared by the book (§ 110 stk. 5): a plan, and own housing with support or a § 107 offer.
    for (const stay of stays) {
      if (stay.dischargedOn === null || stay.dischargeReason !== 'planned' || daysBetween(stay.admittedOn, stay.dischargedOn) < 4)
        continue;
      if (!chance(0.5)) continue;
      const day = stay.dischargedOn;
      const prepared = addDays(day, -int(1, 3));
      if (chance(0.8)) await addPlan(addDays(stay.admittedOn, int(0, 2)), null);
      if (chance(0.7)) {
        const late = chance(0.15);
        const leaseSignedOn = late ? addDays(day, 1) : prepared;
        const moveInOn = late ? addDays(day, 2) : day;
        const row = await createHousingAllocation(db, { citizenId: citizen.id, allocatedOn: prepared, leaseSignedOn, moveInOn });
        await sql`UPDATE housing_allocations SET created_at = ${at(prepared)}::timestamptz WHERE id = ${row.id}`.execute(db);
        allocations.push({
          id: row.id,
          allocatedOn: prepared,
          leaseSignedOn,
          moveInOn,
          withdrawnOn: null,
          registeredOn: prepared,
        });
        if (chance(0.8))
          await addDecision({ kind: '85a', outcome: 'granted', decidedOn: prepared, periodFrom: day, periodTo: null });
      } else {
        await addDecision({
          kind: '107',
          outcome: 'granted',
          decidedOn: prepared,
          periodFrom: addDays(day, pick([0, 0, 5])),
          periodTo: null,
        });
      }
    }

    // A ready-to-move date on some housing profiles, before and after the move-ins.
    const readyToMoveOn = chance(0.6) ? addDays(created, int(-30, 240)) : null;
    if (readyToMoveOn !== null)
      await sql`INSERT INTO housing_profiles (citizen_id, organisation_id, ready_to_move_on)
                VALUES (${citizen.id}, ${o.municipalityId}, ${readyToMoveOn}::date)`.execute(db);

    const firstAdmission = stays.map((s) => s.admittedOn).sort()[0];
    timelines.push({
      personId: citizen.id,
      birthDate: citizen.birthDate,
      sex: citizen.cpr === null ? null : Number(citizen.cpr.slice(9)) % 2 === 1 ? 'male' : 'female',
      firstContactOn: recordedContact ?? (firstAdmission === undefined ? created : minIsoDate(created, firstAdmission)),
      stays,
      allocations,
      housingPeriods,
      courses,
      plans,
      decisions,
      followUps,
      readyToMoveOn,
      registrationIntervalMonths: o.registrationIntervalMonths ?? 3,
    });
  }
  return timelines;
}
