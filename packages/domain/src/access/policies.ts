/**
 * Policies: who may do what with one record, as pure decisions. The server enforces them
 * (`authorize` in `server/src/access/policy.ts`) and sends the same answers with each record as
 * `abilities` (`{ canEdit, canWriteCourse, … }`), so the web shows buttons from the server's
 * answer and the two can never disagree.
 *
 * A rule reads the actor (role, organisation, units) and the few facts of the record it decides
 * on; *which* records an actor reaches at all is the scope's business (404 before any rule runs).
 * Permissions are checked here as well as on the route, so an ability is true only when the
 * route would let the action through.
 */
import { needToKnowOf, type DataCategory } from './need-to-know';
import { hasPermission, type OrganisationKind, type Role, type UnitKind } from './roles';
import { isApplicationOpen, type TaskforceApplicationStatus } from '../taskforce/taskforce-seasons';

/** The actor as the rules see it. */
export interface PolicyActor {
  readonly role: Role;
  readonly organisationId: string;
  readonly organisationKind: OrganisationKind;
  readonly unitIds: readonly string[];
  /** The kinds of the actor's units (the housing allocation unit works the housing register). */
  readonly unitKinds?: readonly UnitKind[];
  /** The actor's own user id (a taskforce course reaches the national users on its staff). */
  readonly userId?: string;
}

export type Rule<Subject> = (actor: PolicyActor, subject: Subject) => boolean;
export type Rules<Subject> = Readonly<Record<string, Rule<Subject>>>;

/** A named set of rules about one kind of record; every rule reads the actor and that record. */
function rulesAbout<Subject>() {
  return <K extends string>(rules: Record<K, Rule<Subject>>): Readonly<Record<K, Rule<Subject>>> => rules;
}

/** The abilities a set of rules gives: `edit` → `canEdit`. */
export type Abilities<R> = { readonly [K in keyof R & string as `can${Capitalize<K>}`]: boolean };

export function abilityName<K extends string>(rule: K): `can${Capitalize<K>}` {
  return `can${rule.charAt(0).toUpperCase()}${rule.slice(1)}` as `can${Capitalize<K>}`;
}

/** Every rule of the set answered for one record. */
export function abilitiesOf<S, R extends Rules<S>>(rules: R, actor: PolicyActor, subject: S): Abilities<R> {
  const abilities: Record<string, boolean> = {};
  for (const [name, rule] of Object.entries(rules)) abilities[abilityName(name)] = rule(actor, subject);
  return abilities as Abilities<R>;
}

/** The ability names of a set of rules, for the contract's output schemas. */
export function abilityNamesOf<R extends Rules<never>>(rules: R): `can${Capitalize<keyof R & string>}`[] {
  return Object.keys(rules).map((name) => abilityName(name as keyof R & string));
}

/** A municipality's users do its case work; shelters, partners and others do not. */
export function actsForMunicipality(actor: Pick<PolicyActor, 'organisationKind'>): boolean {
  return actor.organisationKind === 'municipality';
}

/** The actor's role reads every one of `categories` (need-to-know, `need-to-know.ts`). */
export function readsCategories(actor: PolicyActor, categories: readonly DataCategory[]): boolean {
  const needToKnow = needToKnowOf({
    role: actor.role,
    organisationKind: actor.organisationKind,
    unitKinds: actor.unitKinds ?? [],
  });
  return categories.every((category) => needToKnow.categories.includes(category));
}

/** A § 110 shelter's users who work with citizens (their scope is the shelter's residents). */
function actsForShelter(actor: PolicyActor): boolean {
  return actor.organisationKind === 'shelter' && hasPermission(actor.role, 'citizens.read');
}

// ── The citizen and the records of their course ────────────────────────────────────────────

export interface CitizenFacts {
  readonly handlekommuneId: string | null;
}

const isHandlekommune = (actor: PolicyActor, citizen: CitizenFacts) =>
  actsForMunicipality(actor) && citizen.handlekommuneId === actor.organisationId;

export const citizenRules = rulesAbout<CitizenFacts>()({
  /** Personal data, housing periods and linked records: whoever writes citizens in scope. */
  edit: (actor) => hasPermission(actor.role, 'citizens.write'),
  /** The full CPR number (each reveal is audited). */
  revealCpr: (actor) => hasPermission(actor.role, 'citizens.cpr'),
  /**
   * Assessments, plans, decisions, allocations, support courses, follow-ups and the course's
   * tasks are made by the municipality (its myndighed and case workers); a § 110 shelter reads
   * them for its residents (it works with the § 142 plan) but does not make them.
   */
  writeCourse: (actor) =>
    hasPermission(actor.role, 'citizens.write') &&
    actsForMunicipality(actor) &&
    // Who makes the course's records reads them all: a jobcentre member with a task does not.
    readsCategories(actor, ['assessment', 'health', 'plans', 'decisions']),
  /**
   * Housing allocations (anvisning, lease, move-in, the offer's acceptance): whoever writes the
   * course, and the housing allocation unit, which reads housing but not the assessment.
   */
  writeHousing: (actor) =>
    hasPermission(actor.role, 'citizens.write') &&
    actsForMunicipality(actor) &&
    (readsCategories(actor, ['assessment', 'health', 'plans', 'decisions']) ||
      ((actor.unitKinds ?? []).includes('boliganvisning') && readsCategories(actor, ['housing']))),
  /**
   * A task by hand for a unit (and the tasks an accepted offer starts): a municipality's user
   * who works tasks and reads the citizen's tasks, so a unit can hand work to another.
   */
  createTasks: (actor) =>
    hasPermission(actor.role, 'citizens.write') &&
    hasPermission(actor.role, 'tasks.work') &&
    actsForMunicipality(actor) &&
    readsCategories(actor, ['tasks']),
  /** Only a § 110 shelter admits. */
  admit: (actor) => hasPermission(actor.role, 'citizens.write') && actsForShelter(actor),
  /** Network meetings are the handlekommune's. */
  holdMeetings: (actor, citizen) =>
    hasPermission(actor.role, 'citizens.write') &&
    isHandlekommune(actor, citizen) &&
    readsCategories(actor, ['network_meetings']),
  /** Consents to share with a partner are recorded by the handlekommune. */
  manageConsents: (actor, citizen) =>
    hasPermission(actor.role, 'consents.manage') && isHandlekommune(actor, citizen) && readsCategories(actor, ['consents']),
});

// ── § 110 stays ──────────────────────────────────────────────────────────────────────────

export interface StayFacts {
  readonly shelterId: string;
}

export const stayRules = rulesAbout<StayFacts>()({
  /** Only the shelter where the stay is changes it (notification, discharge, corrections). */
  edit: (actor, stay) =>
    hasPermission(actor.role, 'citizens.write') && actsForShelter(actor) && stay.shelterId === actor.organisationId,
});

// ── Tasks ────────────────────────────────────────────────────────────────────────────────

export interface TaskFacts {
  readonly unitId: string;
  /** The organisation the task belongs to (the municipality whose course it serves). */
  readonly organisationId: string;
}

const isMemberOfUnit = (actor: PolicyActor, task: TaskFacts) => actor.unitIds.includes(task.unitId);

export const taskRules = rulesAbout<TaskFacts>()({
  /** Take, release, block, unblock, tick and finish: the members of the task's unit. */
  work: (actor, task) => hasPermission(actor.role, 'tasks.work') && isMemberOfUnit(actor, task),
  /** Everyone who sees the task may comment on it. */
  comment: (actor) => hasPermission(actor.role, 'tasks.work'),
  /** "Housing First haster": everyone who sees it, except a partner outside the task's unit. */
  markUrgent: (actor, task) =>
    hasPermission(actor.role, 'tasks.work') && (actor.organisationKind !== 'partner' || isMemberOfUnit(actor, task)),
  /** A finished task is reopened by its unit, or by a leader of the task's organisation. */
  reopen: (actor, task) =>
    hasPermission(actor.role, 'tasks.work') &&
    (isMemberOfUnit(actor, task) || (hasPermission(actor.role, 'tasks.oversee') && task.organisationId === actor.organisationId)),
});

// ── Network meetings ─────────────────────────────────────────────────────────────────────

/** A meeting is changed by whoever may hold meetings for its citizen (the handlekommune). */
export const meetingRules = rulesAbout<CitizenFacts>()({
  edit: (actor, citizen) => citizenRules.holdMeetings(actor, citizen),
});

// ── Collaboration agreements ─────────────────────────────────────────────────────────────

export interface AgreementFacts {
  /** The organisation that wrote the agreement (its parties read it). */
  readonly organisationId: string;
}

export const agreementRules = rulesAbout<AgreementFacts>()({
  /** A party reads the agreement; only the organisation that wrote it changes it. */
  edit: (actor, agreement) => hasPermission(actor.role, 'agreements.manage') && agreement.organisationId === actor.organisationId,
});

// ── Housing supply (anvisning register) ──────────────────────────────────────────────────

export interface DwellingFacts {
  /** The municipality whose allocation right the dwelling is under. */
  readonly organisationId: string;
  /** The housing association that lets it (a partner), if any. */
  readonly housingOrganisationId: string | null;
}

/** The municipality's housing allocation unit (boliganvisning) and its leaders work the register. */
const worksHousingRegister = (actor: PolicyActor, d: DwellingFacts) =>
  actsForMunicipality(actor) &&
  d.organisationId === actor.organisationId &&
  hasPermission(actor.role, 'citizens.write') &&
  (hasPermission(actor.role, 'tasks.oversee') || (actor.unitKinds ?? []).includes('boliganvisning'));

export const dwellingRules = rulesAbout<DwellingFacts>()({
  /** Agreements, dwellings, vacancies, offers and answers, guarantee cases: the register's workers. */
  workRegister: worksHousingRegister,
  /** A vacancy is reported by the register or by the housing association that lets the dwelling. */
  reportVacancy: (actor, d) =>
    worksHousingRegister(actor, d) || (actor.organisationKind === 'partner' && d.housingOrganisationId === actor.organisationId),
  /** Caseworkers of the municipality see the matches for a vacancy (for their citizens). */
  seeMatches: (actor, d) =>
    actsForMunicipality(actor) && d.organisationId === actor.organisationId && hasPermission(actor.role, 'citizens.read'),
});

// ── The taskforce course ─────────────────────────────────────────────────────────────────

/**
 * Whose taskforce applications the actor reaches: the national taskforce every municipality's
 * (`all`: planning the seasons is national work), a municipality's leaders and administrators
 * their own (`own`), everyone else none (their lists are empty, an id answers 404).
 */
export function taskforceReachOf(actor: PolicyActor): 'all' | 'own' | 'none' {
  if (runsTaskforce(actor) || reviewsForTaskforce(actor)) return 'all';
  if (hasPermission(actor.role, 'taskforce.apply') && actsForMunicipality(actor)) return 'own';
  return 'none';
}

/**
 * Which taskforce courses (and everything under them) the actor reaches (issue 13, Access: the
 * national people "see the municipality's courses they work on"): the national agency's
 * administrator every course (`all`, so none is orphaned), the taskforce's consultants and
 * reviewers those they are on the staff of (`staff`), a municipality's leaders and
 * administrators their own (`own`), anyone else none.
 */
export function taskforceCourseReachOf(actor: PolicyActor): 'all' | 'staff' | 'own' | 'none' {
  if (administersTaskforce(actor)) return 'all';
  if (runsTaskforce(actor) || reviewsForTaskforce(actor)) return 'staff';
  return taskforceReachOf(actor) === 'own' ? 'own' : 'none';
}

/** The national taskforce's consultants, who plan and run the courses. */
function runsTaskforce(actor: PolicyActor): boolean {
  return hasPermission(actor.role, 'taskforce.manage') && actor.organisationKind === 'national_agency';
}

/** Ankestyrelsen's reviewers: they read the courses they are on (as the taskforce does) and change nothing but the case review. */
function reviewsForTaskforce(actor: PolicyActor): boolean {
  return hasPermission(actor.role, 'taskforce.review') && actor.organisationKind === 'national_agency';
}

/** The national agency's administrator (manages its users): reaches every course and names who works on it. */
function administersTaskforce(actor: PolicyActor): boolean {
  return hasPermission(actor.role, 'users.manage') && actor.organisationKind === 'national_agency';
}

/** A national user may work on a course's staff: the taskforce's consultants and reviewers. */
export function mayJoinTaskforceStaff(user: Pick<PolicyActor, 'role' | 'organisationKind'>): boolean {
  return (
    user.organisationKind === 'national_agency' &&
    (hasPermission(user.role, 'taskforce.manage') || hasPermission(user.role, 'taskforce.review'))
  );
}

const isOwnMunicipality = (actor: PolicyActor, municipalityId: string) =>
  taskforceReachOf(actor) === 'own' && actor.organisationId === municipalityId;

const isOnStaff = (actor: PolicyActor, course: TaskforceCourseFacts) =>
  actor.userId !== undefined && course.staffUserIds.includes(actor.userId);

/** A consultant of the taskforce on the course's staff: plans and runs this course. */
const runsCourse = (actor: PolicyActor, course: TaskforceCourseFacts) => runsTaskforce(actor) && isOnStaff(actor, course);

/** The course's facts reach the actor (the SQL twin is `taskforce-reach.ts`). */
export function reachesTaskforceCourse(actor: PolicyActor, course: TaskforceCourseFacts): boolean {
  switch (taskforceCourseReachOf(actor)) {
    case 'all':
      return true;
    case 'staff':
      return isOnStaff(actor, course);
    case 'own':
      return actor.organisationId === course.municipalityId;
    case 'none':
      return false;
  }
}

export interface TaskforceApplicationFacts {
  readonly municipalityId: string;
  readonly status: TaskforceApplicationStatus;
}

export const taskforceApplicationRules = rulesAbout<TaskforceApplicationFacts>()({
  /** The municipality changes its application until the taskforce has accepted or declined it. */
  edit: (actor, application) => isOwnMunicipality(actor, application.municipalityId) && isApplicationOpen(application.status),
  /** The national taskforce accepts into a season, defers or declines an open application. */
  decide: (actor, application) => runsTaskforce(actor) && isApplicationOpen(application.status),
});

export interface TaskforceCourseFacts {
  readonly municipalityId: string;
  /** The users on the course's staff (`taskforce_course_staff`): the national people working on it. */
  readonly staffUserIds: readonly string[];
}

export const taskforceCourseRules = rulesAbout<TaskforceCourseFacts>()({
  /** Phases, activities and the collaboration agreement are planned by the taskforce's consultants on the course. */
  plan: (actor, course) => runsCourse(actor, course),
  /** The implementation team and the steering group: the municipality names them, the taskforce may too. */
  editOrganisation: (actor, course) => runsCourse(actor, course) || isOwnMunicipality(actor, course.municipalityId),
  /** An activity is marked done by either side. */
  markDone: (actor, course) => runsCourse(actor, course) || isOwnMunicipality(actor, course.municipalityId),
  /** The data package is frozen by the taskforce (both sides read it). */
  freezeData: (actor, course) => runsCourse(actor, course),
  /** Development points, goals, actions and learning activities are chosen together: either side writes them. */
  editPlan: (actor, course) => runsCourse(actor, course) || isOwnMunicipality(actor, course.municipalityId),
  /** Who of the taskforce works on the course: its consultants, or the national agency's administrator. */
  manageStaff: (actor, course) => runsCourse(actor, course) || administersTaskforce(actor),
});

export interface TaskforceCaseReviewFacts {
  readonly municipalityId: string;
  /** The reviewers' organisation (the national agency whose reviewer drew the sample); null before a sample. */
  readonly reviewerOrganisationId: string | null;
  /** The grant is not ended and within its own and the agreement's dates. */
  readonly grantValid: boolean;
}

const isReviewerOf = (actor: PolicyActor, review: TaskforceCaseReviewFacts) =>
  reviewsForTaskforce(actor) && review.reviewerOrganisationId === actor.organisationId;

/**
 * The legal case review (issue 13 point 4). Ankestyrelsen's reviewers draw the sample and, only
 * while the municipality's grant is valid, read and score the sampled cases; the municipality's
 * administrator (who manages its users' access) sees who read which case and ends the grant.
 */
export const taskforceCaseReviewRules = rulesAbout<TaskforceCaseReviewFacts>()({
  /** One sample per course, drawn by a reviewer. */
  drawSample: (actor, review) => reviewsForTaskforce(actor) && review.reviewerOrganisationId === null,
  /** Person-level reads and scoring: the review's own reviewers under a valid grant. */
  review: (actor, review) => isReviewerOf(actor, review) && review.grantValid,
  /** The read log: the municipality's administrator, and the reviewers themselves. */
  seeReadLog: (actor, review) =>
    (isOwnMunicipality(actor, review.municipalityId) && hasPermission(actor.role, 'users.manage')) || isReviewerOf(actor, review),
  /** The results per checkpoint unsuppressed: inside the circle (the municipality's own, the reviewers who read the cases). */
  seeExactResults: (actor, review) => isOwnMunicipality(actor, review.municipalityId) || isReviewerOf(actor, review),
  /** Ending the grant early: the municipality's administrator, while it runs. */
  endGrant: (actor, review) =>
    isOwnMunicipality(actor, review.municipalityId) && hasPermission(actor.role, 'users.manage') && review.grantValid,
});

/** Names the contract lists in each record's `abilities`. */
export const citizenAbilityNames = abilityNamesOf(citizenRules);
export const stayAbilityNames = abilityNamesOf(stayRules);
export const taskAbilityNames = abilityNamesOf(taskRules);
export const meetingAbilityNames = abilityNamesOf(meetingRules);
export const agreementAbilityNames = abilityNamesOf(agreementRules);
export const dwellingAbilityNames = abilityNamesOf(dwellingRules);

// ── Programmes (the national agency's implementation programmes) ───────────────────────────

export interface ProgrammeFacts {
  /** The national agency that runs the programme. */
  readonly organisationId: string;
}

/**
 * A programme is the national agency's: its consultants create and change it, its members and
 * the travelling team's log, and read its suppressed figures. Nobody else (a member
 * municipality's view is not built: see docs/ARCHITECTURE.md, Programmes).
 */
export const programmeRules = rulesAbout<ProgrammeFacts>()({
  manage: (actor, programme) =>
    hasPermission(actor.role, 'programmes.manage') &&
    actor.organisationKind === 'national_agency' &&
    programme.organisationId === actor.organisationId,
});

export const programmeAbilityNames = abilityNamesOf(programmeRules);
export const taskforceApplicationAbilityNames = abilityNamesOf(taskforceApplicationRules);
export const taskforceCourseAbilityNames = abilityNamesOf(taskforceCourseRules);
export const taskforceCaseReviewAbilityNames = abilityNamesOf(taskforceCaseReviewRules);

// ── Method fidelity (the support teams' fidelity measurements, K14) ────────────────────────

export interface FidelityTeamFacts {
  /** The municipality the support team (a CTI, ICM, ACT or M-ACT unit) belongs to. */
  readonly organisationId: string;
  readonly unitId: string;
}

/** The municipality's leaders and administrators see every support team's fidelity. */
export const seesAllFidelity = (actor: PolicyActor): boolean =>
  actor.organisationKind === 'municipality' && (actor.role === 'leader' || actor.role === 'municipal_admin');

/**
 * Fidelity measurements are about a support team, not a citizen: the municipality's leaders and
 * administrators record and read every team's; a team's own members record and read their team's.
 * Nobody outside the municipality (the national view has no fidelity).
 */
export const fidelityRules = rulesAbout<FidelityTeamFacts>()({
  record: (actor, team) =>
    actor.organisationKind === 'municipality' &&
    team.organisationId === actor.organisationId &&
    (seesAllFidelity(actor) || actor.unitIds.includes(team.unitId)),
});
