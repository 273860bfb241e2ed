/**
 * Writes one fictional citizen's history the way the app's services write it: the same
 * columns, the same JSON shapes (intake, plan content, assessment areas, CTI checklists), a
 * version row for every plan and decision version. Rows carry the user who would have made
 * them and timestamps on the day the thing happened, so timelines read true. No audit events:
 * the demo is one `system.seed_demo` event, not pretended user actions.
 *
 * Only the seed uses this; it checks nothing the services check (the scenarios are written to
 * be valid, and the demo test runs the domain's validators over every citizen).
 */
import type { Transaction } from 'kysely';
import type { AssessmentContent, DecisionContent, PlanContent, StayIntakeInput } from '@hjemvej/contract';
import {
  addDays,
  addMonths,
  daysBetween,
  type DecisionKind,
  type FunctionLevel,
  type GoalType,
  type HousingCategory,
  type IsoDate,
  type LifeArea,
  type PlanKind,
  type SupportMethod,
  type SupportNeed,
  type VumArea,
  vumAreas,
} from '@hjemvej/domain';
import type { Database, SupportCourseEndReason, SupportContactKind } from '../../database/schema';
import type { DischargeReason } from '@hjemvej/contract';
import { defaultAppealGuidance } from '../../modules/decisions/appeal-guidance';
import { completeAreas } from '../../modules/assessments/assessment-queries';
import { insertAssessment, insertDecision, insertPlan } from '../records/course-records';
import { writeDemoCourseRegistrations } from '../records/course-registration-records';
import { completeIntake } from '../../modules/shelter-stays/shelter-stay-queries';
import { defaultCtiChecklists } from '../../modules/support-courses/cti-checklists';

export type Tx = Transaction<Database>;

export interface DemoUser {
  readonly id: string;
  readonly name: string;
}

export type DemoUserKey =
  | 'caseworker'
  | 'supportWorker'
  | 'housing'
  | 'jobcentre'
  | 'leader'
  | 'shelterStaff'
  | 'shelterLeader'
  | 'naboCaseworker'
  | 'icmWorker'
  | 'actWorker'
  | 'mactWorker'
  | 'naboIcmWorker';

export type DemoUnitKey = 'myndighed' | 'cti' | 'icm' | 'act' | 'mact' | 'naboMyndighed' | 'naboIcm';

/** The demo's organisations, units and users, looked up once. */
export interface DemoWorld {
  readonly tx: Tx;
  readonly today: IsoDate;
  readonly orgs: { readonly demo: string; readonly nabo: string; readonly shelter: string; readonly fjordbo: string };
  readonly orgNames: { readonly demo: string; readonly nabo: string };
  readonly units: Readonly<Record<DemoUnitKey, string>>;
  readonly users: Readonly<Record<DemoUserKey, DemoUser>>;
}

/** A moment on a calendar day (midday in Denmark), for created_at and saved_at. */
export function momentOn(date: IsoDate, hour = 10): Date {
  return new Date(`${date}T${String(hour).padStart(2, '0')}:00:00+01:00`);
}

export type Municipality = 'demo' | 'nabo';

export interface PersonSpec {
  readonly firstName?: string;
  readonly lastName?: string;
  readonly alias?: string;
  /** Ten digits; see cpr-numbers.ts for the fictional range. */
  readonly cpr?: string;
  readonly birthDate?: IsoDate;
  readonly birthDateIsApproximate?: boolean;
  /** null: the shelter does not know the handlekommune yet. */
  readonly handlekommune: Municipality | null;
  /** Who registered the record first. */
  readonly createdBy: Municipality | 'shelter';
  readonly registeredOn: IsoDate;
  readonly phone?: string;
  readonly contactNote?: string;
  readonly mergedIntoId?: string;
}

export interface StaySpec {
  readonly admittedOn: IsoDate;
  readonly referral?: 'self' | 'referred';
  readonly referredBy?: string;
  readonly intake: StayIntakeInput;
  readonly notifiedOn?: IsoDate | null;
  readonly dischargedOn?: IsoDate;
  readonly dischargeReason?: DischargeReason;
  readonly dischargeDestination?: HousingCategory;
}

export type AreaSpec = readonly [VumArea, FunctionLevel, SupportNeed, GoalType | null, string | null];

export interface PlanSpec {
  readonly kind: PlanKind;
  readonly madeOn: IsoDate;
  readonly endedOn?: IsoDate | null;
  readonly goals: readonly (readonly [LifeArea, string])[];
  readonly citizenWishes: string;
  readonly responsible: readonly (readonly [string, string | null, string | null])[];
  readonly followUps: readonly (readonly [IsoDate, string, IsoDate | null])[];
  /** A second version saved later: the fields that changed. */
  readonly revision?: { readonly savedOn: IsoDate } & Partial<Omit<PlanContent, 'kind' | 'madeOn'>>;
  readonly by?: DemoUserKey;
}

export interface DecisionSpec {
  readonly kind: DecisionKind;
  readonly method?: SupportMethod;
  readonly outcome?: 'granted' | 'refused';
  readonly decidedOn: IsoDate;
  readonly periodFrom?: IsoDate | null;
  readonly periodTo?: IsoDate | null;
  readonly reasons: string;
  readonly wishedProvider?: string;
  readonly wishFollowed?: boolean;
  readonly reasonIfNotFollowed?: string;
  /** A second version saved later: the fields that changed. */
  readonly revision?: { readonly savedOn: IsoDate } & Partial<Omit<DecisionContent, 'kind' | 'method' | 'appealGuidance'>>;
}

export interface AllocationSpec {
  readonly address: string;
  readonly rent: number;
  readonly rooms: number;
  readonly allocatedOn: IsoDate;
  readonly leaseSignedOn?: IsoDate | null;
  readonly plannedMoveInOn?: IsoDate | null;
  readonly moveInOn?: IsoDate | null;
  readonly moveInHousingPeriodId?: string | null;
  readonly withdrawnOn?: IsoDate;
  readonly withdrawalReason?: string;
  readonly note?: string;
}

export interface CourseSpec {
  readonly method: SupportMethod;
  readonly decisionId: string | null;
  readonly startedOn: IsoDate;
  readonly endedOn?: IsoDate;
  readonly endReason?: SupportCourseEndReason;
  readonly endNote?: string;
  readonly note?: string;
  /** CTI: the start of phases 1–3 that have started. */
  readonly phaseStarts?: readonly IsoDate[];
  readonly contacts: readonly (readonly [IsoDate, SupportContactKind, string])[];
  readonly team?: DemoUnitKey;
  readonly worker?: DemoUserKey;
  /** Leave this course's status registration due today (one course in the demo). */
  readonly registrationDueToday?: boolean;
}

/** One citizen record being written. */
export class DemoCitizenWriter {
  private constructor(
    private readonly world: DemoWorld,
    readonly id: string,
    private readonly municipality: Municipality | null,
  ) {}

  static async create(world: DemoWorld, person: PersonSpec): Promise<DemoCitizenWriter> {
    const orgId = (m: Municipality | 'shelter') => (m === 'shelter' ? world.orgs.shelter : world.orgs[m]);
    const creator: DemoUserKey =
      person.createdBy === 'shelter' ? 'shelterStaff' : person.createdBy === 'nabo' ? 'naboCaseworker' : 'caseworker';
    const at = momentOn(person.registeredOn, 9);
    const { id } = await world.tx
      .insertInto('citizens')
      .values({
        handlekommune_id: person.handlekommune === null ? null : world.orgs[person.handlekommune],
        cpr: person.cpr ?? null,
        birth_date: person.birthDate ?? null,
        birth_date_is_approximate: person.birthDateIsApproximate ?? false,
        first_name: person.firstName ?? null,
        last_name: person.lastName ?? null,
        alias: person.alias ?? null,
        phone: person.phone ?? null,
        email: null,
        contact_note: person.contactNote ?? null,
        merged_into_id: person.mergedIntoId ?? null,
        created_by_organisation_id: orgId(person.createdBy),
        updated_by_user_id: world.users[creator].id,
        is_demo: true,
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return new DemoCitizenWriter(world, id, person.handlekommune);
  }

  private user(key: DemoUserKey): DemoUser {
    return this.world.users[key];
  }

  /** The municipality's caseworker for this citizen. */
  private authority(): DemoUserKey {
    return this.municipality === 'nabo' ? 'naboCaseworker' : 'caseworker';
  }

  /**
   * The housing situation as consecutive periods: each ends where the next begins (a move),
   * the last is open unless `endsOn` is given. Returns the ids in order.
   */
  async housing(
    steps: readonly (readonly [HousingCategory, IsoDate, string?])[],
    by: DemoUserKey = this.authority(),
    endsOn: IsoDate | null = null,
  ): Promise<string[]> {
    const ids: string[] = [];
    for (const [index, [category, from, note]] of steps.entries()) {
      const to = steps[index + 1]?.[1] ?? endsOn;
      const { id } = await this.world.tx
        .insertInto('housing_periods')
        .values({
          citizen_id: this.id,
          category,
          from_date: from,
          to_date: to,
          note: note ?? null,
          created_by_user_id: this.user(by).id,
          created_at: momentOn(from, 11),
          updated_at: momentOn(to ?? from, 11),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.push(id);
    }
    return ids;
  }

  async stay(spec: StaySpec): Promise<string> {
    const staff = this.user('shelterStaff').id;
    const discharged = spec.dischargedOn ?? null;
    const changes = [spec.notifiedOn ?? null, discharged].filter((d): d is IsoDate => d !== null).length;
    const referral = spec.referral ?? 'self';
    const { id } = await this.world.tx
      .insertInto('shelter_stays')
      .values({
        citizen_id: this.id,
        shelter_id: this.world.orgs.shelter,
        admitted_on: spec.admittedOn,
        referral,
        referred_by: referral === 'referred' ? (spec.referredBy ?? null) : null,
        intake: JSON.stringify(completeIntake(spec.intake)),
        handlekommune_notified_on: spec.notifiedOn ?? null,
        discharged_on: discharged,
        discharge_reason: discharged === null ? null : (spec.dischargeReason ?? 'planned'),
        discharge_destination: discharged === null ? null : (spec.dischargeDestination ?? 'own_home_with_lease'),
        created_by_user_id: staff,
        updated_by_user_id: staff,
        created_at: momentOn(spec.admittedOn, 14),
        updated_at: momentOn(discharged ?? spec.notifiedOn ?? spec.admittedOn, 14),
        version: 1 + changes,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  }

  async assessment(assessedOn: IsoDate, areas: readonly AreaSpec[], summary: string, citizenView: string | null): Promise<void> {
    const stored = [...areas]
      .sort((a, b) => vumAreas.indexOf(a[0]) - vumAreas.indexOf(b[0]))
      .map(([area, functionLevel, supportNeed, goalType, note]) => ({ area, functionLevel, supportNeed, goalType, note }));
    const content: AssessmentContent = { assessedOn, areas: completeAreas(stored), summary, citizenView };
    await insertAssessment(this.world.tx, {
      citizenId: this.id,
      areas: stored,
      versions: [{ content, savedAt: momentOn(assessedOn, 13) }],
      by: this.user(this.authority()),
    });
  }

  async plan(spec: PlanSpec): Promise<string> {
    const author = this.user(spec.by ?? this.authority());
    const first: PlanContent = {
      kind: spec.kind,
      madeOn: spec.madeOn,
      endedOn: spec.endedOn ?? null,
      goals: spec.goals.map(([lifeArea, goal]) => ({ lifeArea, goal, note: null })),
      citizenWishes: spec.citizenWishes,
      responsible: spec.responsible.map(([name, unit, task]) => ({ name, unit, task })),
      followUps: spec.followUps.map(([dueOn, note, doneOn]) => ({ dueOn, note, doneOn })),
    };
    const { revision } = spec;
    const versions: { content: PlanContent; savedOn: IsoDate }[] = [{ content: first, savedOn: spec.madeOn }];
    if (revision) {
      const { savedOn, ...changes } = revision;
      versions.push({ content: { ...first, ...changes }, savedOn });
    }
    const { id } = await insertPlan(this.world.tx, {
      citizenId: this.id,
      versions: versions.map((v) => ({ content: v.content, savedAt: momentOn(v.savedOn, 12) })),
      by: author,
    });
    return id;
  }

  async decision(spec: DecisionSpec): Promise<string> {
    const municipality = this.municipality ?? 'demo';
    const author = this.user(this.authority());
    const wished = spec.wishedProvider ?? null;
    const first: DecisionContent = {
      kind: spec.kind,
      method: spec.method ?? null,
      outcome: spec.outcome ?? 'granted',
      decidedOn: spec.decidedOn,
      periodFrom: spec.periodFrom ?? null,
      periodTo: spec.periodTo ?? null,
      reasons: spec.reasons,
      wishedProvider: wished,
      wishFollowed: wished === null ? null : (spec.wishFollowed ?? true),
      reasonIfNotFollowed: wished === null || spec.wishFollowed !== false ? null : (spec.reasonIfNotFollowed ?? null),
      appealGuidance: defaultAppealGuidance(this.world.orgNames[municipality]),
    };
    const versions: { content: DecisionContent; savedOn: IsoDate }[] = [{ content: first, savedOn: spec.decidedOn }];
    if (spec.revision) {
      const { savedOn, ...changes } = spec.revision;
      versions.push({ content: { ...first, ...changes }, savedOn });
    }
    const { id } = await insertDecision(this.world.tx, {
      citizenId: this.id,
      organisationId: this.world.orgs[municipality],
      versions: versions.map((v) => ({ content: v.content, savedAt: momentOn(v.savedOn, 15) })),
      by: author,
    });
    return id;
  }

  async allocation(spec: AllocationSpec): Promise<string> {
    const by = this.municipality === 'nabo' ? this.user('naboCaseworker').id : this.user('housing').id;
    const lastChange =
      [spec.withdrawnOn, spec.moveInOn, spec.leaseSignedOn, spec.allocatedOn]
        .filter((d): d is IsoDate => typeof d === 'string')
        .sort()
        .at(-1) ?? spec.allocatedOn;
    const changes = [spec.withdrawnOn, spec.moveInOn, spec.leaseSignedOn].filter((d) => typeof d === 'string').length;
    const { id } = await this.world.tx
      .insertInto('housing_allocations')
      .values({
        citizen_id: this.id,
        address: spec.address,
        landlord: 'Boligselskabet Fjordbo',
        partner_id: this.municipality === 'nabo' ? null : this.world.orgs.fjordbo,
        monthly_rent: spec.rent,
        rooms: spec.rooms,
        allocated_on: spec.allocatedOn,
        lease_signed_on: spec.leaseSignedOn ?? null,
        planned_move_in_on: spec.plannedMoveInOn ?? spec.moveInOn ?? null,
        move_in_on: spec.moveInOn ?? null,
        withdrawn_on: spec.withdrawnOn ?? null,
        withdrawal_reason: spec.withdrawalReason ?? null,
        move_in_housing_period_id: spec.moveInHousingPeriodId ?? null,
        note: spec.note ?? null,
        created_by_user_id: by,
        updated_by_user_id: by,
        created_at: momentOn(spec.allocatedOn, 11),
        updated_at: momentOn(lastChange, 11),
        version: 1 + changes,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  }

  async course(spec: CourseSpec): Promise<string> {
    const defaults: Record<SupportMethod, [DemoUnitKey, DemoUserKey]> = {
      cti: ['cti', 'supportWorker'],
      icm: ['icm', 'icmWorker'],
      act: ['act', 'actWorker'],
      m_act: ['mact', 'mactWorker'],
    };
    const [team, worker] = [spec.team ?? defaults[spec.method][0], spec.worker ?? defaults[spec.method][1]];
    const author = this.user(this.authority()).id;
    const phaseStarts = spec.phaseStarts ?? [];
    const ended = spec.endedOn ?? null;
    const { id } = await this.world.tx
      .insertInto('support_courses')
      .values({
        citizen_id: this.id,
        method: spec.method,
        decision_id: spec.decisionId,
        team_unit_id: this.world.units[team],
        worker_user_id: this.user(worker).id,
        started_on: spec.startedOn,
        ended_on: ended,
        end_reason: ended === null ? null : (spec.endReason ?? 'completed'),
        end_note: spec.endNote ?? null,
        note: spec.note ?? null,
        created_by_user_id: author,
        updated_by_user_id: ended === null ? author : this.user(worker).id,
        created_at: momentOn(spec.startedOn, 10),
        updated_at: momentOn(ended ?? phaseStarts.at(-1) ?? spec.startedOn, 10),
        version: 1 + phaseStarts.length + (ended === null ? 0 : 1),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (spec.method === 'cti') {
      const phases = ([1, 2, 3] as const).map((phase) => {
        const startedOn = phaseStarts[phase - 1] ?? null;
        const endsOn = phaseStarts[phase] ?? ended;
        return {
          support_course_id: id,
          phase,
          started_on: startedOn,
          checklist: JSON.stringify(checklistOf(phase, startedOn, endsOn, this.world.today)),
        };
      });
      await this.world.tx.insertInto('support_course_phases').values(phases).execute();
    }
    await writeDemoCourseRegistrations(this.world.tx, {
      courseId: id,
      citizenId: this.id,
      organisationId: this.world.orgs[this.municipality ?? 'demo'],
      teamUnitId: this.world.units[team],
      startedOn: spec.startedOn,
      endedOn: ended,
      endReason: ended === null ? null : (spec.endReason ?? 'completed'),
      endNote: spec.endNote ?? null,
      worker: this.user(worker),
      today: this.world.today,
      dueToday: spec.registrationDueToday ?? false,
      seed: phaseStarts.length + spec.contacts.length,
    });
    if (spec.contacts.length > 0) {
      await this.world.tx
        .insertInto('support_contacts')
        .values(
          spec.contacts.map(([contactOn, kind, note]) => ({
            support_course_id: id,
            contact_on: contactOn,
            kind,
            note,
            by_user_id: this.user(worker).id,
            created_at: momentOn(contactOn, 16),
          })),
        )
        .execute();
    }
    return id;
  }

  async followUp(spec: {
    allocationId: string;
    milestone: 3 | 6 | 12;
    checkedOn: IsoDate;
    keepsHome: boolean;
    lostHomeOn?: IsoDate;
    returnedHousingPeriodId?: string | null;
    note: string;
  }): Promise<void> {
    const by = this.user(this.authority()).id;
    await this.world.tx
      .insertInto('outcome_follow_ups')
      .values({
        citizen_id: this.id,
        housing_allocation_id: spec.allocationId,
        milestone: spec.milestone,
        checked_on: spec.checkedOn,
        keeps_home: spec.keepsHome,
        lost_home_on: spec.keepsHome ? null : (spec.lostHomeOn ?? spec.checkedOn),
        returned_from_housing: !spec.keepsHome,
        returned_housing_period_id: spec.returnedHousingPeriodId ?? null,
        note: spec.note,
        created_by_user_id: by,
        updated_by_user_id: by,
        created_at: momentOn(spec.checkedOn, 13),
        updated_at: momentOn(spec.checkedOn, 13),
      })
      .execute();
  }
}

/**
 * A CTI phase's checklist as the worker would have ticked it: a finished phase has every item
 * done (spread over the phase), the current phase the share of items its elapsed time suggests,
 * a phase not begun none.
 */
function checklistOf(
  phase: 1 | 2 | 3,
  startedOn: IsoDate | null,
  endsOn: IsoDate | null,
  today: IsoDate,
): { label: string; done: boolean; doneOn: IsoDate | null }[] {
  const labels = defaultCtiChecklists[phase];
  if (startedOn === null) return labels.map((label) => ({ label, done: false, doneOn: null }));
  const phaseEnd = endsOn !== null && endsOn <= today ? endsOn : null;
  const span = Math.max(1, daysBetween(startedOn, phaseEnd ?? addMonths(startedOn, 3)));
  const elapsed = Math.min(span, daysBetween(startedOn, phaseEnd ?? today));
  const doneCount = phaseEnd !== null ? labels.length : Math.floor((labels.length * elapsed) / span);
  return labels.map((label, index) => {
    if (index >= doneCount) return { label, done: false, doneOn: null };
    const offset = Math.floor(((index + 1) * elapsed) / (doneCount + 1));
    return { label, done: true, doneOn: addDays(startedOn, offset) };
  });
}
