/**
 * Typed factories: each call makes fresh, uniquely named records, so tests are independent
 * on a shared PostgreSQL as well as on a private PGlite.
 */
import { randomUUID } from 'node:crypto';
import type { AssessmentContent, DecisionContent, PlanContent } from '@hjemvej/contract';
import type { HousingCategory, OrganisationKind, Role, UnitKind } from '@hjemvej/domain';
import type { Db } from '../../src/database/connection';
import { insertAssessment, insertDecision, insertPlan } from '../../src/demo/records/course-records';
import { emptyRegistrationContent, insertCourseRegistration } from '../../src/demo/records/course-registration-records';
import { insertFlowcard, stepWithDefaults } from '../../src/demo/records/flowcard-records';
import { insertConsent } from '../../src/modules/consents/consent-queries';
import { insertTask } from '../../src/modules/tasks/task-queries';
import { hashPassword } from '../../src/modules/auth/passwords';

export const testPassword = 'correct-horse-battery';

let cachedHash: Promise<string> | null = null;
function testPasswordHash(): Promise<string> {
  cachedHash ??= hashPassword(testPassword);
  return cachedHash;
}

const unique = () => randomUUID().slice(0, 8);

export async function createOrganisation(
  db: Db,
  overrides: { kind?: OrganisationKind; name?: string } = {},
): Promise<{ id: string; name: string; kind: OrganisationKind }> {
  const kind = overrides.kind ?? 'municipality';
  const name = overrides.name ?? `Testkommune ${unique()}`;
  const row = await db
    .insertInto('organisations')
    .values({
      kind,
      name,
      municipality_code: null,
      partner_type: kind === 'partner' ? 'ngo' : null,
      shelter_operator: kind === 'shelter' ? 'self_governing' : null,
      contact_email: null,
      contact_phone: null,
    })
    .returning(['id', 'name', 'kind'])
    .executeTakeFirstOrThrow();
  return row;
}

export async function createUnit(db: Db, organisationId: string, overrides: { name?: string; kind?: UnitKind } = {}) {
  return db
    .insertInto('units')
    .values({ organisation_id: organisationId, name: overrides.name ?? `Enhed ${unique()}`, kind: overrides.kind ?? 'myndighed' })
    .returning(['id', 'name', 'kind'])
    .executeTakeFirstOrThrow();
}

export interface TestUser {
  readonly id: string;
  readonly email: string;
  readonly password: string;
  readonly organisationId: string;
  readonly role: Role;
}

export async function createUser(
  db: Db,
  organisationId: string,
  overrides: { role?: Role; email?: string; displayName?: string; unitIds?: string[]; isActive?: boolean } = {},
): Promise<TestUser> {
  const role = overrides.role ?? 'caseworker';
  const email = overrides.email ?? `${role}.${unique()}@test.hjemvej.dk`;
  const { id } = await db
    .insertInto('users')
    .values({
      organisation_id: organisationId,
      email,
      display_name: overrides.displayName ?? `Test ${role} ${unique()}`,
      role,
      password_hash: await testPasswordHash(),
      is_active: overrides.isActive ?? true,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (overrides.unitIds?.length) {
    await db
      .insertInto('user_units')
      .values(overrides.unitIds.map((unit_id) => ({ user_id: id, unit_id })))
      .execute();
  }
  return { id, email, password: testPassword, organisationId, role };
}

/** A municipality with an administrator, a caseworker in a unit, and a partner. */
export async function createMunicipalityWithStaff(db: Db) {
  const organisation = await createOrganisation(db);
  const unit = await createUnit(db, organisation.id, { name: 'Myndighed voksne' });
  const admin = await createUser(db, organisation.id, { role: 'municipal_admin' });
  const caseworker = await createUser(db, organisation.id, { role: 'caseworker', unitIds: [unit.id] });
  const partner = await createOrganisation(db, { kind: 'partner', name: `Partner ${unique()}` });
  await db.insertInto('organisation_partners').values({ organisation_id: organisation.id, partner_id: partner.id }).execute();
  return { organisation, unit, admin, caseworker, partner };
}

/** A ten-digit CPR number with a real birth date in the 1900s (7th digit 0–3), unique enough for tests. */
export function randomCpr(): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const random = (max: number) => Math.floor(Math.random() * max);
  const day = 1 + random(28);
  const month = 1 + random(12);
  const year = 40 + random(59);
  return `${pad(day)}${pad(month)}${pad(year)}${random(4)}${String(random(1000)).padStart(3, '0')}`;
}

/** A § 110 shelter with a staff member and a leader. */
export async function createShelterWithStaff(db: Db) {
  const organisation = await createOrganisation(db, { kind: 'shelter', name: `Forsorgshjem ${unique()}` });
  const staff = await createUser(db, organisation.id, { role: 'shelter_staff' });
  const leader = await createUser(db, organisation.id, { role: 'shelter_leader' });
  return { organisation, staff, leader };
}

/** A citizen record written straight to the database (the API's rules are tested through the API). */
export async function createCitizen(
  db: Db,
  overrides: {
    handlekommuneId: string | null;
    createdByOrganisationId?: string;
    cpr?: string | null;
    firstName?: string | null;
    lastName?: string | null;
    alias?: string | null;
    birthDate?: string | null;
  },
) {
  const createdBy = overrides.createdByOrganisationId ?? overrides.handlekommuneId;
  if (!createdBy) throw new Error('createCitizen needs createdByOrganisationId when there is no handlekommune');
  const cpr = overrides.cpr === undefined ? randomCpr() : overrides.cpr;
  const birthDate =
    overrides.birthDate !== undefined
      ? overrides.birthDate
      : cpr === null
        ? null
        : `19${cpr.slice(4, 6)}-${cpr.slice(2, 4)}-${cpr.slice(0, 2)}`;
  return db
    .insertInto('citizens')
    .values({
      handlekommune_id: overrides.handlekommuneId,
      cpr,
      birth_date: birthDate,
      first_name: overrides.firstName === undefined ? `Fornavn${unique()}` : overrides.firstName,
      last_name: overrides.lastName === undefined ? `Efternavn${unique()}` : overrides.lastName,
      alias: overrides.alias ?? null,
      phone: null,
      email: null,
      contact_note: null,
      created_by_organisation_id: createdBy,
      updated_by_user_id: null,
    })
    .returning(['id', 'cpr', 'first_name as firstName', 'last_name as lastName', 'birth_date as birthDate'])
    .executeTakeFirstOrThrow();
}

/** The day of the citizen's first contact: where the two-month clock and the lead time to a home start. */
export async function setFirstContact(db: Db, citizenId: string, firstContactOn: string) {
  await db.updateTable('citizens').set({ first_contact_on: firstContactOn }).where('id', '=', citizenId).execute();
}

export async function createStay(
  db: Db,
  values: { citizenId: string; shelterId: string; admittedOn: string; dischargedOn?: string | null; notifiedOn?: string | null },
) {
  return db
    .insertInto('shelter_stays')
    .values({
      citizen_id: values.citizenId,
      shelter_id: values.shelterId,
      admitted_on: values.admittedOn,
      referral: 'self',
      referred_by: null,
      intake: JSON.stringify({}),
      handlekommune_notified_on: values.notifiedOn ?? null,
      discharged_on: values.dischargedOn ?? null,
      discharge_reason: values.dischargedOn ? 'planned' : null,
      discharge_destination: values.dischargedOn ? 'unknown' : null,
      created_by_user_id: null,
      updated_by_user_id: null,
    })
    .returning(['id'])
    .executeTakeFirstOrThrow();
}

export async function createHousingPeriod(
  db: Db,
  values: { citizenId: string; category: HousingCategory; fromDate: string; toDate?: string | null },
) {
  return db
    .insertInto('housing_periods')
    .values({
      citizen_id: values.citizenId,
      category: values.category,
      from_date: values.fromDate,
      to_date: values.toDate ?? null,
      note: null,
      created_by_user_id: null,
    })
    .returning(['id'])
    .executeTakeFirstOrThrow();
}

/** A VUM assessment with its first version, written straight to the database. */
export async function createAssessment(db: Db, values: { citizenId: string; assessedOn?: string; citizenView?: string | null }) {
  const areas: AssessmentContent['areas'] = [
    { area: 'mental_functions', functionLevel: 'moderate', supportNeed: 'high', goalType: 'develop', note: null },
  ];
  const content: AssessmentContent = {
    assessedOn: values.assessedOn ?? '2025-01-10',
    areas,
    summary: null,
    citizenView: values.citizenView ?? null,
  };
  return insertAssessment(db, { citizenId: values.citizenId, areas, versions: [{ content }], by: null });
}

/** A plan with its first version, written straight to the database. */
export async function createPlan(
  db: Db,
  values: { citizenId: string; kind?: '141' | '142'; madeOn?: string; endedOn?: string | null },
) {
  const content: PlanContent = {
    kind: values.kind ?? '141',
    madeOn: values.madeOn ?? '2025-01-10',
    endedOn: values.endedOn ?? null,
    goals: [{ lifeArea: 'housing', goal: 'Egen bolig', note: null }],
    citizenWishes: null,
    responsible: [],
    followUps: [],
  };
  return insertPlan(db, { citizenId: values.citizenId, versions: [{ content }], by: null });
}

/** A decision with its first version, written straight to the database. */
export async function createDecision(
  db: Db,
  values: {
    citizenId: string;
    organisationId: string;
    kind?: '85a' | '85' | '107' | '108' | '110';
    method?: 'cti' | 'icm' | 'act' | 'm_act' | null;
    outcome?: 'granted' | 'refused';
    decidedOn?: string;
    periodFrom?: string | null;
    periodTo?: string | null;
  },
) {
  const kind = values.kind ?? '85a';
  const content: DecisionContent = {
    kind,
    method: values.method !== undefined ? values.method : kind === '85a' ? 'cti' : null,
    outcome: values.outcome ?? 'granted',
    decidedOn: values.decidedOn ?? '2025-01-15',
    periodFrom: values.periodFrom ?? null,
    periodTo: values.periodTo ?? null,
    reasons: null,
    wishedProvider: null,
    wishFollowed: null,
    reasonIfNotFollowed: null,
    appealGuidance: 'Du kan klage inden 4 uger.',
  };
  return insertDecision(db, {
    citizenId: values.citizenId,
    organisationId: values.organisationId,
    versions: [{ content }],
    by: null,
  });
}

/** A housing association linked to the municipality as a partner. */
export async function createHousingAssociation(db: Db, municipalityId: string) {
  const association = await db
    .insertInto('organisations')
    .values({
      kind: 'partner',
      name: `Boligselskab ${unique()}`,
      municipality_code: null,
      partner_type: 'housing_association',
      shelter_operator: null,
      contact_email: null,
      contact_phone: null,
    })
    .returning(['id', 'name'])
    .executeTakeFirstOrThrow();
  await db.insertInto('organisation_partners').values({ organisation_id: municipalityId, partner_id: association.id }).execute();
  return association;
}

/** An allocation of own housing written straight to the database (no housing period is started). */
export async function createHousingAllocation(
  db: Db,
  values: {
    citizenId: string;
    allocatedOn: string;
    leaseSignedOn?: string | null;
    plannedMoveInOn?: string | null;
    moveInOn?: string | null;
    address?: string;
  },
) {
  return db
    .insertInto('housing_allocations')
    .values({
      citizen_id: values.citizenId,
      address: values.address ?? `Testvej ${unique()}`,
      landlord: null,
      partner_id: null,
      monthly_rent: 3500,
      rooms: 2,
      allocated_on: values.allocatedOn,
      lease_signed_on: values.leaseSignedOn ?? values.moveInOn ?? null,
      planned_move_in_on: values.plannedMoveInOn ?? null,
      move_in_on: values.moveInOn ?? null,
      withdrawn_on: null,
      withdrawal_reason: null,
      move_in_housing_period_id: null,
      note: null,
      created_by_user_id: null,
      updated_by_user_id: null,
    })
    .returning(['id', 'address'])
    .executeTakeFirstOrThrow();
}

/** A support course written straight to the database; a CTI course gets its three phases. */
export async function createSupportCourse(
  db: Db,
  values: {
    citizenId: string;
    teamUnitId: string;
    workerUserId: string | null;
    method?: 'cti' | 'icm' | 'act' | 'm_act';
    startedOn: string;
  },
) {
  const method = values.method ?? 'cti';
  const course = await db
    .insertInto('support_courses')
    .values({
      citizen_id: values.citizenId,
      method,
      decision_id: null,
      team_unit_id: values.teamUnitId,
      worker_user_id: values.workerUserId,
      started_on: values.startedOn,
      ended_on: null,
      end_reason: null,
      end_note: null,
      note: null,
      created_by_user_id: null,
      updated_by_user_id: null,
    })
    .returning(['id'])
    .executeTakeFirstOrThrow();
  if (method === 'cti') {
    await db
      .insertInto('support_course_phases')
      .values(
        ([1, 2, 3] as const).map((phase) => ({
          support_course_id: course.id,
          phase,
          started_on: null,
          checklist: JSON.stringify([{ label: 'Punkt', done: false, doneOn: null }]),
        })),
      )
      .execute();
  }
  return course;
}

/** A follow-up on a move-in: the citizen keeps the home unless `lostHome` says when it was lost (and the homeless period they returned to). */
export async function createFollowUp(
  db: Db,
  values: {
    citizenId: string;
    housingAllocationId: string;
    milestone?: 3 | 6 | 12;
    checkedOn: string;
    lostHome?: { on: string; returnedHousingPeriodId: string | null };
  },
) {
  const returnedHousingPeriodId = values.lostHome?.returnedHousingPeriodId ?? null;
  return db
    .insertInto('outcome_follow_ups')
    .values({
      citizen_id: values.citizenId,
      housing_allocation_id: values.housingAllocationId,
      milestone: values.milestone ?? 3,
      checked_on: values.checkedOn,
      keeps_home: !values.lostHome,
      lost_home_on: values.lostHome?.on ?? null,
      returned_from_housing: returnedHousingPeriodId !== null,
      returned_housing_period_id: returnedHousingPeriodId,
      note: null,
      created_by_user_id: null,
      updated_by_user_id: null,
    })
    .returning(['id'])
    .executeTakeFirstOrThrow();
}

// ── Flowcards and tasks (issue 4, tasks) ─────────────────────────────────────────────────

/** A flowcard step: key, title and unit, the rest as the test needs (see stepWithDefaults). */
export type TestFlowcardStep = Parameters<typeof stepWithDefaults>[0];

/**
 * A flowcard with its first version, written straight to the database (until the flowcards
 * module's API is on main, tests of tasks seed flowcards this way).
 */
export async function createFlowcard(db: Db, values: { organisationId: string; name?: string; steps: TestFlowcardStep[] }) {
  const name = values.name ?? `Flowkort ${unique()}`;
  return insertFlowcard(db, { organisationId: values.organisationId, name, steps: values.steps.map(stepWithDefaults) });
}

/**
 * A task written straight to the database: made by hand, or a flowcard step's (`runId`,
 * `stepKey`). Open since `openedAt` (default: `createdAt`, or now), done at `doneAt` when given.
 */
export async function createTask(
  db: Db,
  values: {
    organisationId: string;
    citizenId: string;
    unitId: string;
    runId?: string | null;
    stepKey?: string | null;
    title?: string;
    status?: 'open' | 'in_progress' | 'blocked' | 'waiting' | 'done';
    dueOn?: string | null;
    isUrgent?: boolean;
    assigneeUserId?: string | null;
    createdAt?: Date;
    openedAt?: string;
    doneAt?: string | null;
  },
) {
  const status = values.status ?? (values.doneAt ? 'done' : 'open');
  const title = values.title ?? `Opgave ${unique()}`;
  const id = await insertTask(db, {
    organisation_id: values.organisationId,
    citizen_id: values.citizenId,
    unit_id: values.unitId,
    flowcard_run_id: values.runId ?? null,
    step_key: values.stepKey ?? null,
    title,
    status,
    due_on: values.dueOn ?? null,
    normal_due_on: values.dueOn ?? null,
    is_urgent: values.isUrgent ?? false,
    assignee_user_id: values.assigneeUserId ?? null,
    blocked_waiting_for: status === 'blocked' ? 'Svar fra udlejer' : null,
    opened_at: values.openedAt ?? (status === 'waiting' ? null : (values.createdAt ?? new Date())),
    done_at: values.doneAt ?? (status === 'done' ? new Date() : null),
    created_by_user_id: null,
    ...(values.createdAt ? { created_at: values.createdAt } : {}),
  });
  return { id, title };
}

// ── Collaboration: consents, network meetings, agreements, tasks for the time report ───────

/** A consent written straight to the database (the API's rules are tested through the API). */
export async function createConsent(
  db: Db,
  values: {
    organisationId: string;
    citizenId: string;
    partnerId: string;
    categories?: string[];
    givenOn?: string;
    expiresOn?: string;
    withdrawnAt?: Date | null;
  },
) {
  const id = await insertConsent(db, {
    organisation_id: values.organisationId,
    citizen_id: values.citizenId,
    partner_id: values.partnerId,
    categories: JSON.stringify(values.categories ?? ['identity']),
    purpose: 'Samarbejde om bolig',
    given_on: values.givenOn ?? '2025-01-01',
    expires_on: values.expiresOn ?? '2099-12-31',
    withdrawn_at: values.withdrawnAt ?? null,
    withdrawn_by_name: values.withdrawnAt ? 'Test' : null,
    recorded_by_user_id: null,
    recorded_by_name: 'Test',
  });
  return { id };
}

export async function createNetworkMeeting(db: Db, values: { organisationId: string; citizenId: string; heldAt?: string }) {
  return db
    .insertInto('network_meetings')
    .values({
      organisation_id: values.organisationId,
      citizen_id: values.citizenId,
      held_at: values.heldAt ?? '2025-03-03T10:00:00Z',
      title: `Netværksmøde ${unique()}`,
      participants: JSON.stringify([{ kind: 'citizen' }]),
      agenda: JSON.stringify(['Bolig']),
      notes: '',
      created_by_user_id: null,
      updated_by_user_id: null,
    })
    .returning(['id'])
    .executeTakeFirstOrThrow();
}

export async function createAgreement(
  db: Db,
  values: {
    organisationId: string;
    revisitOn?: string;
    parties: { unitId?: string; organisationId: string; signingUserId?: string }[];
  },
) {
  const agreement = await db
    .insertInto('collaboration_agreements')
    .values({
      organisation_id: values.organisationId,
      title: `Samarbejdsaftale ${unique()}`,
      agreed: 'Housing First haster',
      valid_from: '2025-01-01',
      revisit_on: values.revisitOn ?? '2099-01-01',
      created_by_user_id: null,
      updated_by_user_id: null,
    })
    .returning(['id', 'title'])
    .executeTakeFirstOrThrow();
  await db
    .insertInto('collaboration_agreement_parties')
    .values(
      values.parties.map((p, position) => ({
        agreement_id: agreement.id,
        unit_id: p.unitId ?? null,
        party_organisation_id: p.organisationId,
        signing_user_id: p.signingUserId ?? null,
        signing_name: 'Leder',
        signed_on: null,
        position,
      })),
    )
    .execute();
  return agreement;
}

/** A run of a flowcard's first version for the citizen (the tasks of its steps are not made). */
export async function createFlowcardRun(
  db: Db,
  values: { organisationId: string; flowcardId: string; citizenId: string; startedOn?: string },
) {
  return db
    .insertInto('flowcard_runs')
    .values({
      organisation_id: values.organisationId,
      flowcard_id: values.flowcardId,
      flowcard_version: 1,
      citizen_id: values.citizenId,
      started_on: values.startedOn ?? '2025-03-01',
      started_by_user_id: null,
      completed_at: null,
      cancelled_at: null,
      cancel_reason: null,
    })
    .returning(['id'])
    .executeTakeFirstOrThrow();
}

/** A course registration (intake by default, every answer empty) with its first version, written straight to the database. */
export async function createCourseRegistration(
  db: Db,
  values: { supportCourseId: string; citizenId: string; kind?: 'intake' | 'status' | 'exit'; registeredOn: string },
) {
  return insertCourseRegistration(db, {
    supportCourseId: values.supportCourseId,
    citizenId: values.citizenId,
    content: emptyRegistrationContent(values.kind ?? 'intake', values.registeredOn),
    by: null,
  });
}

/** The national agency with a consultant (who may manage programmes). */
export async function createAgencyWithConsultant(db: Db) {
  const organisation = await createOrganisation(db, { kind: 'national_agency', name: `Styrelse ${unique()}` });
  const consultant = await createUser(db, organisation.id, { role: 'national_consultant' });
  return { organisation, consultant };
}

/** A programme of the agency, with members (2026) and one activity involving the first member. */
export async function createProgramme(
  db: Db,
  values: {
    organisationId: string;
    ownerUserId: string;
    startsOn?: string;
    endsOn?: string;
    members?: { organisationId: string; role?: 'participant' | 'ambassador'; methods?: string[] }[];
  },
) {
  const startsOn = values.startsOn ?? '2025-01-01';
  const programme = await db
    .insertInto('programmes')
    .values({
      organisation_id: values.organisationId,
      name: `Programme ${unique()}`,
      starts_on: startsOn,
      ends_on: values.endsOn ?? '2027-12-31',
      owner_user_id: values.ownerUserId,
      description: '',
      created_by_user_id: null,
      updated_by_user_id: null,
    })
    .returning(['id', 'name'])
    .executeTakeFirstOrThrow();
  const memberIds: string[] = [];
  for (const member of values.members ?? []) {
    const { id } = await db
      .insertInto('programme_members')
      .values({
        programme_id: programme.id,
        organisation_id: member.organisationId,
        role: member.role ?? 'participant',
        methods: JSON.stringify(member.methods ?? ['icm']),
        joined_on: startsOn,
        left_on: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    memberIds.push(id);
  }
  const activity = await db
    .insertInto('programme_activities')
    .values({
      programme_id: programme.id,
      kind: 'visit',
      occurred_on: startsOn,
      topic: `Besøg ${unique()}`,
      note: '',
      created_by_user_id: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (memberIds[0])
    await db.insertInto('programme_activity_members').values({ activity_id: activity.id, member_id: memberIds[0] }).execute();
  return { ...programme, memberIds, activityId: activity.id };
}
