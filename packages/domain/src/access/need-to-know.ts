/**
 * NEED-TO-KNOW inside an organisation, as data: which citizens each role reaches, and which
 * categories of a citizen's data it may read there. Permissions (roles.ts) say what a role may
 * do at all; this file says about whom and about what. The server turns it into SQL
 * (`server/src/access/citizen-scope.ts`): a record outside the reader's reach or categories is
 * "not found", exactly like a record of another municipality.
 *
 * The categories extend the partner consents' vocabulary (`consent/sharing-rules.ts`): a
 * partner sees the categories a citizen consented to; a municipal user the categories their
 * work needs. One vocabulary, so "housing" means the same in both places.
 *
 * Sources: GDPR art. 5(1)(c) and art. 9 (data minimisation; health and substance use are
 * special categories); forvaltningsloven § 27 and the municipality's duty of confidentiality
 * between its administrations (retssikkerhedsloven § 11 a–c on passing data between them).
 */
import { consentCategories } from '../consent/sharing-rules';
import { hasPermission, type OrganisationKind, type Role, type UnitKind } from './roles';

/** Categories of a citizen's data. The first six are the partner consents' categories. */
export const dataCategories = [
  ...consentCategories,
  /** § 110 stays: admission, intake notes, notification, discharge. */
  'stays',
  /** The VUM 2.0 assessment's social and practical areas. */
  'assessment',
  /** Health: the assessment's mental, physical and health areas; substance use (GDPR art. 9). */
  'health',
  /** Whole § 141/§ 142 plans (plan_goals is the goals alone). */
  'plans',
  /** Decisions (afgørelser) with their reasons. */
  'decisions',
  /** The course's tasks across units. */
  'tasks',
  /** Consents recorded for sharing with partners. */
  'consents',
] as const;
export type DataCategory = (typeof dataCategories)[number];

/**
 * Which citizens a user reaches:
 * - `municipality`: every citizen whose handlekommune is the user's municipality;
 * - `units`: the municipality's citizens that one of the user's units works with now or did
 *   recently (an open task, or one finished within `recentWorkDays`; a support course of the
 *   unit's team that runs or ended within `recentWorkDays`), plus, for the housing allocation
 *   unit, the citizens on its housing register (a housing profile);
 * - `shelter_residents`: citizens with a stay at the user's § 110 shelter;
 * - `none`: nobody (administrators, national consultants; partners see only consented data
 *   through their own view).
 * Everyone in a municipality may in addition open a citizen by emergency access (below).
 */
export const citizenReaches = ['municipality', 'units', 'shelter_residents', 'none'] as const;
export type CitizenReach = (typeof citizenReaches)[number];

/** How long after the work ended a unit still reaches the citizen (answering follow-up questions). */
export const recentWorkDays = 90;

export const allCategories: readonly DataCategory[] = dataCategories;
const everyday: readonly DataCategory[] = ['identity', 'contact', 'housing', 'tasks'];

/** What each unit's work needs when its members are `unit_member`s. */
export const unitKindCategories: Readonly<Record<UnitKind, readonly DataCategory[]>> = {
  myndighed: allCategories,
  jobcenter: [...everyday, 'plan_goals'],
  boliganvisning: everyday,
  tilskud: everyday,
  cti: allCategories,
  icm: allCategories,
  act: allCategories,
  m_act: allCategories,
  hjemmepleje: [...everyday, 'health'],
  misbrugsbehandling: [...everyday, 'health', 'plan_goals'],
  shelter: [...everyday, 'stays'],
  other: everyday,
};

interface RoleNeedToKnow {
  readonly reach: CitizenReach;
  /** null: the categories of the user's units (`unitKindCategories`). */
  readonly categories: readonly DataCategory[] | null;
  /** Plain Danish, shown to administrators and in docs/NEED_TO_KNOW.md. */
  readonly explanationDa: string;
}

/** The table: what each role reaches and reads (units may widen the reach, below). */
export const roleNeedToKnow: Readonly<Record<Role, RoleNeedToKnow>> = {
  caseworker: {
    reach: 'municipality',
    categories: allCategories,
    explanationDa: 'Myndighedssagsbehandleren har ansvaret for borgerens sag og ser kommunens borgere og alle oplysninger.',
  },
  support_worker: {
    reach: 'units',
    categories: allCategories,
    explanationDa:
      'Bostøttemedarbejderen ser borgere i teamets forløb og borgere, enheden har en opgave for, med alle oplysninger om dem.',
  },
  unit_member: {
    reach: 'units',
    categories: null,
    explanationDa:
      'En medarbejder i en enhed (jobcenter, boliganvisning, tilskud, hjemmepleje, behandling) ser kun borgere, enheden har en åben eller nylig opgave for, og kun de oplysninger enhedens arbejde kræver.',
  },
  leader: {
    reach: 'units',
    categories: allCategories,
    explanationDa: 'Lederen ser sine enheders borgere; er en af enhederne myndighed, ser lederen kommunens borgere.',
  },
  shelter_staff: {
    reach: 'shelter_residents',
    categories: allCategories,
    explanationDa: 'Forsorgshjemmets medarbejdere ser borgere, der bor eller har boet på forsorgshjemmet.',
  },
  shelter_leader: {
    reach: 'shelter_residents',
    categories: allCategories,
    explanationDa: 'Forstanderen ser borgere, der bor eller har boet på forsorgshjemmet.',
  },
  partner_member: {
    reach: 'none',
    categories: [],
    explanationDa: 'En samarbejdspartner ser kun det, borgeren har givet samtykke til, i sin egen visning.',
  },
  municipal_admin: {
    reach: 'none',
    categories: [],
    explanationDa: 'Administratoren styrer brugere og organisation og ser ingen borgere.',
  },
  national_consultant: {
    reach: 'none',
    categories: [],
    explanationDa: 'Den nationale konsulent ser kun diskretionerede tal, aldrig personer.',
  },
  legal_reviewer: {
    reach: 'none',
    categories: [],
    explanationDa:
      'Ankestyrelsens sagsgennemgang ser diskretionerede tal og kun de udtrukne sager, mens kommunens tidsbegrænsede adgang gælder (taskforce-forløbet).',
  },
  national_admin: {
    reach: 'none',
    categories: [],
    explanationDa:
      'Styrelsens administrator styrer brugere og hvem af taskforcen der arbejder på hvert forløb, og ser ingen borgere.',
  },
  system_admin: { reach: 'none', categories: [], explanationDa: 'Driften ser ingen borgere.' },
};

/** The facts need-to-know is decided on. */
export interface NeedToKnowActor {
  readonly role: Role;
  readonly organisationKind: OrganisationKind;
  readonly unitKinds: readonly UnitKind[];
}

export interface NeedToKnow {
  readonly reach: CitizenReach;
  readonly categories: readonly DataCategory[];
  /** The units' reach includes the housing register (housing profiles) of the municipality. */
  readonly reachesHousingRegister: boolean;
  /** Outside the circle, the user may open a citizen of the municipality by emergency access. */
  readonly mayUseEmergencyAccess: boolean;
}

/** Which citizens the actor reaches and which categories it reads there. */
export function needToKnowOf(actor: NeedToKnowActor): NeedToKnow {
  const rule = roleNeedToKnow[actor.role];
  const inMunicipality = actor.organisationKind === 'municipality';
  let reach = rule.reach;
  // A role's reach only applies in the organisation kind it belongs to.
  if (reach === 'shelter_residents' && actor.organisationKind !== 'shelter') reach = 'none';
  if ((reach === 'municipality' || reach === 'units') && !inMunicipality) {
    // A leader of a shelter leads its residents' work.
    reach = actor.role === 'leader' && actor.organisationKind === 'shelter' ? 'shelter_residents' : 'none';
  }
  // The authority's unit (myndighed) carries the case: its members and leaders reach the municipality.
  if (reach === 'units' && (actor.unitKinds.includes('myndighed') || (actor.role === 'leader' && actor.unitKinds.length === 0)))
    reach = 'municipality';
  const categories =
    reach === 'none'
      ? []
      : (rule.categories ?? dataCategories.filter((c) => actor.unitKinds.some((kind) => unitKindCategories[kind].includes(c))));
  return {
    reach,
    categories,
    reachesHousingRegister: reach === 'units' && actor.unitKinds.includes('boliganvisning'),
    mayUseEmergencyAccess: inMunicipality && reach !== 'none',
  };
}

/**
 * Registering a citizen is the authority's and the shelter's: a unit that reaches only the
 * citizens it works with would register someone it then cannot see.
 */
export function mayRegisterCitizens(needToKnow: NeedToKnow): boolean {
  return needToKnow.reach === 'municipality' || needToKnow.reach === 'shelter_residents';
}

/**
 * Who may be a citizen's responsible caseworker (sagsansvarlig): a municipality's user who
 * carries cases, i.e. reaches every citizen of the municipality, reads all of their data and
 * writes it (the caseworker, a member or leader of the authority's unit, a leader without
 * units). A support worker or a unit member reaches only their units' citizens and does not.
 */
export function mayBeResponsibleCaseworker(actor: NeedToKnowActor): boolean {
  const needToKnow = needToKnowOf(actor);
  return (
    actor.organisationKind === 'municipality' &&
    needToKnow.reach === 'municipality' &&
    hasPermission(actor.role, 'citizens.write') &&
    dataCategories.every((category) => needToKnow.categories.includes(category))
  );
}

export function mayRead(needToKnow: NeedToKnow, category: DataCategory): boolean {
  return needToKnow.categories.includes(category);
}

// ── Emergency access ("break the glass") ─────────────────────────────────────────────────

/** How long an emergency access lasts. */
export const emergencyAccessHours = 4;
/** A reason is a sentence a reviewer can judge, not "x". */
export const emergencyReasonMinLength = 10;

/** When an emergency access started at `startedAt` ends. */
export function emergencyAccessEndsAt(startedAt: Date): Date {
  return new Date(startedAt.getTime() + emergencyAccessHours * 3_600_000);
}

// ── Categories of the assessment's areas ─────────────────────────────────────────────────

/** The VUM 2.0 areas that are health data (read with `health`; the rest with `assessment`). */
export const healthVumAreas = ['mental_functions', 'health', 'physical_functions'] as const;

/** The category a VUM area's notes belong to. */
export function categoryOfVumArea(area: string): DataCategory {
  return (healthVumAreas as readonly string[]).includes(area) ? 'health' : 'assessment';
}
