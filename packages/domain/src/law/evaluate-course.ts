/**
 * Evaluates a citizen's course against the legal rules: pure functions from a
 * `CourseSnapshot` and a date to a list of `RuleResult`s, each citing its source, in plain
 * Danish with the facts (dates, days, missing items) in `details` for the UI to show.
 *
 * Statuses: 'met' (in order), 'missing' (something required is not there), 'overdue' (a
 * deadline passed), 'warning' (act soon / worth knowing), 'not_applicable'.
 */
import { addDays, addMonths, daysBetween, formatDateDa, type IsoDate } from '../calendar/iso-date';
import { addWorkingDays, workingDaysBetween } from '../calendar/working-days';
import {
  type CourseSnapshot,
  type Decision,
  type HousingAllocation,
  type Plan,
  type ShelterStay,
  type SupportCourse,
} from '../course/snapshot';
import { nightsOfStay, reimbursementAccount } from '../course/stay-counting';
import { defaultRuleParameters, ruleDefinitions, type RuleId, type RuleParameters } from './rules';
import { formatSourceDa, type LegalSource, legalSources } from './sources';

export type RuleStatus = 'met' | 'missing' | 'overdue' | 'warning' | 'not_applicable';

interface RuleResultBase<Id extends RuleId, Details> {
  readonly ruleId: Id;
  readonly source: LegalSource;
  readonly status: RuleStatus;
  readonly messageDa: string;
  readonly messageEn?: string;
  /** The record the result is about (stay, decision, support course), when there is one. */
  readonly subjectId: string | null;
  readonly details: Details;
}

export const dischargeConditionIds = [
  'plan',
  'housing_or_residential_offer',
  'support_decision',
  'lease_and_move_in',
  'residential_offer_move_in',
] as const;
export type DischargeConditionId = (typeof dischargeConditionIds)[number];

export interface DischargeCondition {
  readonly id: DischargeConditionId;
  readonly source: LegalSource;
  readonly status: 'met' | 'missing' | 'not_applicable';
  readonly messageDa: string;
}

export interface DischargeDetails {
  readonly stayId: string | null;
  readonly dischargeOn: IsoDate;
  /** Which way out the evidence points: own housing, a §§ 107/108 offer, or none yet. */
  readonly route: 'own_housing' | 'residential_offer' | null;
  readonly conditions: readonly DischargeCondition[];
  readonly missing: readonly DischargeConditionId[];
  readonly allocationId: string | null;
  readonly moveInOn: IsoDate | null;
}

export interface ShelterPlanDetails {
  readonly stayId: string | null;
  readonly admittedOn: IsoDate | null;
  /** Nights the stay has lasted as of the evaluation date (tonight included). */
  readonly daysLasted: number;
  readonly planId: string | null;
}

export type NotificationState = 'on_time' | 'late' | 'pending' | 'missing' | 'before_reform';

export interface NotificationDetails {
  readonly stayId: string;
  readonly admittedOn: IsoDate;
  /** The last day the notification is on time. */
  readonly deadline: IsoDate;
  readonly notifiedOn: IsoDate | null;
  readonly state: NotificationState;
  /** Working days after the deadline it was (or, if still missing, is) late; 0 when on time. */
  readonly workingDaysLate: number;
  /** Working days until the deadline while pending; 0 otherwise. */
  readonly workingDaysLeft: number;
}

export interface ProviderWishDetails {
  readonly decisionId: string;
  readonly wishedProvider: string | null;
  readonly followed: boolean | null;
  readonly reasonGiven: boolean;
}

export interface ReimbursementDetails {
  readonly periodStart: IsoDate | null;
  readonly periodEndExclusive: IsoDate | null;
  readonly limit: number | null;
  readonly reimbursedNights: number;
  readonly unreimbursedNights: number;
  readonly remaining: number | null;
  /** 0–1 */
  readonly usedShare: number;
  readonly level: 'ok' | 'near_limit' | 'exhausted' | 'none';
}

export type CtiPhase = 'contact' | 1 | 2 | 3;

export interface CtiDetails {
  readonly supportCourseId: string;
  readonly currentPhase: CtiPhase;
  readonly phaseStartedOn: IsoDate;
  /** What comes next: phase 1–3, or the end of the course. */
  readonly next: 1 | 2 | 3 | 'end';
  /** When the transition is due; null while contact-building without a move-in date. */
  readonly dueOn: IsoDate | null;
  /** Negative when overdue. */
  readonly daysUntilDue: number | null;
}

export type DischargeResult = RuleResultBase<'discharge_conditions_110_5', DischargeDetails>;
export type ShelterPlanResult = RuleResultBase<'shelter_plan_142', ShelterPlanDetails>;
export type NotificationResult = RuleResultBase<'handlekommune_notification_110_6', NotificationDetails>;
export type ProviderWishResult = RuleResultBase<'provider_wish_reason_85a_2', ProviderWishDetails>;
export type ReimbursementResult = RuleResultBase<'reimbursement_days_110', ReimbursementDetails>;
export type CtiResult = RuleResultBase<'cti_phase_transition', CtiDetails>;

export type RuleResult =
  DischargeResult | ShelterPlanResult | NotificationResult | ProviderWishResult | ReimbursementResult | CtiResult;

export interface EvaluationOptions {
  readonly parameters?: RuleParameters;
}

function cite(source: LegalSource): string {
  return formatSourceDa(source);
}

function result<Id extends RuleId, D>(
  ruleId: Id,
  status: RuleStatus,
  messageDa: string,
  subjectId: string | null,
  details: D,
  messageEn?: string,
): RuleResultBase<Id, D> {
  const base = { ruleId, source: ruleDefinitions[ruleId].source, status, messageDa, subjectId, details };
  return messageEn === undefined ? base : { ...base, messageEn };
}

/** The stay the citizen is in on `date` (admitted on or before, not yet discharged), or null. */
export function currentStay(stays: readonly ShelterStay[], date: IsoDate): ShelterStay | null {
  return stays.find((stay) => stay.admittedOn <= date && (stay.dischargedOn === null || date < stay.dischargedOn)) ?? null;
}

/** A § 141 or § 142 plan in force on `date`. */
export function planInForce(plans: readonly Plan[], date: IsoDate): Plan | null {
  const inForce = plans.filter((plan) => plan.madeOn <= date && (plan.endedOn === null || date < plan.endedOn));
  return inForce.sort((a, b) => (a.madeOn < b.madeOn ? 1 : -1))[0] ?? null;
}

const isGranted = (decision: Decision, kinds: readonly Decision['kind'][], on: IsoDate) =>
  kinds.includes(decision.kind) && decision.outcome === 'granted' && decision.decidedOn <= on;

// ---------------------------------------------------------------------------------------------
// § 110 stk. 5: discharge conditions

/**
 * May the municipality discharge the citizen from the stay on `dischargeOn`? All conditions
 * of § 110 stk. 5 are checked and each missing one is listed, never just "no".
 *
 * Interpretation: an allocation of own housing counts when made during the stay (on or after
 * admission, not after `dischargeOn`) and not withdrawn; a §§ 107/108 decision likewise. A
 * support decision is a granted § 85 a or § 85 decision made by `dischargeOn` whose period
 * covers `dischargeOn` (the citizen must be able to receive it on leaving); that it *matches
 * the need* is the caseworker's professional judgement when deciding, not something the
 * system can check. Own housing wins over a §§ 107/108 decision when both exist.
 */
export function evaluateDischargeConditions(snapshot: CourseSnapshot, dischargeOn: IsoDate, stayId?: string): DischargeResult {
  const stay =
    stayId === undefined ? currentStay(snapshot.stays, dischargeOn) : (snapshot.stays.find((s) => s.id === stayId) ?? null);
  const rule = 'discharge_conditions_110_5' as const;
  if (!stay || (stay.dischargedOn !== null && stay.dischargedOn < dischargeOn)) {
    return result(rule, 'not_applicable', 'Borgeren har ikke et ophold på en § 110-boform.', stay?.id ?? null, {
      stayId: stay?.id ?? null,
      dischargeOn,
      route: null,
      conditions: [],
      missing: [],
      allocationId: null,
      moveInOn: null,
    });
  }
  const duringStay = (date: IsoDate) => date >= stay.admittedOn && date <= dischargeOn;
  const allocation: HousingAllocation | null =
    snapshot.housingAllocations
      .filter((a) => duringStay(a.allocatedOn) && (a.withdrawnOn === null || a.withdrawnOn > dischargeOn))
      .sort((a, b) => (a.allocatedOn < b.allocatedOn ? 1 : -1))[0] ?? null;
  const residential =
    snapshot.decisions
      .filter((d) => isGranted(d, ['107', '108'], dischargeOn) && duringStay(d.decidedOn))
      .sort((a, b) => (a.decidedOn < b.decidedOn ? 1 : -1))[0] ?? null;
  const route = allocation ? 'own_housing' : residential ? 'residential_offer' : null;

  const conditions: DischargeCondition[] = [];
  const add = (id: DischargeConditionId, source: LegalSource, status: DischargeCondition['status'], messageDa: string) =>
    conditions.push({ id, source, status, messageDa });

  const plan = planInForce(snapshot.plans, dischargeOn);
  add(
    'plan',
    legalSources.sel_110_stk5_nr1,
    plan ? 'met' : 'missing',
    plan
      ? `Der foreligger en plan efter § ${plan.kind}.`
      : 'Der mangler en handleplan (§ 141) eller en helhedsorienteret plan (§ 142).',
  );
  add(
    'housing_or_residential_offer',
    legalSources.sel_110_stk5_nr2,
    route ? 'met' : 'missing',
    route === 'own_housing'
      ? 'Borgeren er anvist egen bolig.'
      : route === 'residential_offer'
        ? `Der er truffet afgørelse om botilbud efter § ${residential?.kind ?? '107'}.`
        : 'Borgeren er hverken anvist egen bolig eller bevilget botilbud efter § 107 eller § 108.',
  );

  const moveInOn = allocation?.moveInOn ?? null;
  if (route === 'residential_offer') {
    add('support_decision', legalSources.sel_110_stk5_nr3, 'not_applicable', 'Gælder kun ved anvisning af egen bolig.');
    add('lease_and_move_in', legalSources.sel_110_stk5_nr4, 'not_applicable', 'Gælder kun ved anvisning af egen bolig.');
    const canMoveIn = residential !== null && residential.periodFrom !== null && residential.periodFrom <= dischargeOn;
    add(
      'residential_offer_move_in',
      legalSources.sel_110_stk5_nr5,
      canMoveIn ? 'met' : 'missing',
      canMoveIn
        ? 'Borgeren kan flytte ind i botilbuddet.'
        : residential?.periodFrom
          ? `Borgeren kan først flytte ind i botilbuddet ${formatDateDa(residential.periodFrom)}.`
          : 'Det er ikke registreret, hvornår borgeren kan flytte ind i botilbuddet.',
    );
  } else {
    const support = snapshot.decisions.find(
      (d) =>
        isGranted(d, ['85a', '85'], dischargeOn) &&
        (d.periodFrom === null || d.periodFrom <= dischargeOn) &&
        (d.periodTo === null || d.periodTo >= dischargeOn),
    );
    add(
      'support_decision',
      legalSources.sel_110_stk5_nr3,
      support ? 'met' : 'missing',
      support
        ? `Der er truffet afgørelse om støtte efter § ${support.kind === '85a' ? '85 a' : '85'}${support.method ? ` (${support.method.toUpperCase().replace('_', '-')})` : ''}.`
        : 'Der mangler en afgørelse om hjælp og støtte (§ 85 a eller § 85), der svarer til borgerens behov for at fastholde boligen.',
    );
    const leaseSigned =
      allocation?.leaseSignedOn !== null && allocation?.leaseSignedOn !== undefined && allocation.leaseSignedOn <= dischargeOn;
    const canMoveIn = moveInOn !== null && moveInOn <= dischargeOn;
    const missingParts: string[] = [];
    if (!leaseSigned) missingParts.push('lejeaftalen er ikke underskrevet');
    if (moveInOn === null) missingParts.push('der er ingen indflytningsdato');
    else if (!canMoveIn) missingParts.push(`borgeren kan først flytte ind ${formatDateDa(moveInOn)}`);
    add(
      'lease_and_move_in',
      legalSources.sel_110_stk5_nr4,
      leaseSigned && canMoveIn ? 'met' : 'missing',
      leaseSigned && canMoveIn
        ? 'Lejeaftalen er underskrevet, og borgeren kan flytte ind.'
        : `Udskrivning kræver lejeaftale og indflytning: ${missingParts.join(', ')}.`,
    );
    add(
      'residential_offer_move_in',
      legalSources.sel_110_stk5_nr5,
      'not_applicable',
      'Gælder kun ved botilbud efter § 107 eller § 108.',
    );
  }

  const missing = conditions.filter((c) => c.status === 'missing').map((c) => c.id);
  const details: DischargeDetails = {
    stayId: stay.id,
    dischargeOn,
    route,
    conditions,
    missing,
    allocationId: allocation?.id ?? null,
    moveInOn,
  };
  if (missing.length === 0) {
    return result(
      rule,
      'met',
      `Alle betingelser for udskrivning er opfyldt (${cite(legalSources.sel_110_stk5)}).`,
      stay.id,
      details,
      'All conditions for discharge are met.',
    );
  }
  const list = conditions.filter((c) => c.status === 'missing').map((c) => `nr. ${c.source.nr ?? ''}: ${c.messageDa}`);
  return result(
    rule,
    'missing',
    `Borgeren kan endnu ikke udskrives (${cite(legalSources.sel_110_stk5)}). Mangler: ${list.join(' ')}`,
    stay.id,
    details,
    `The citizen cannot be discharged yet; ${missing.length} condition(s) missing.`,
  );
}

// ---------------------------------------------------------------------------------------------
// § 142: plan for a shelter resident

/** A current shelter stay without a § 141/142 plan in force is flagged, with the days it has lasted. */
export function evaluateShelterPlan(snapshot: CourseSnapshot, asOf: IsoDate): ShelterPlanResult {
  const rule = 'shelter_plan_142' as const;
  const stay = currentStay(snapshot.stays, asOf);
  if (!stay) {
    return result(rule, 'not_applicable', 'Borgeren har ikke et ophold på en § 110-boform.', null, {
      stayId: null,
      admittedOn: null,
      daysLasted: 0,
      planId: null,
    });
  }
  const daysLasted = nightsOfStay(stay, asOf);
  const plan = planInForce(snapshot.plans, asOf);
  const details: ShelterPlanDetails = { stayId: stay.id, admittedOn: stay.admittedOn, daysLasted, planId: plan?.id ?? null };
  if (plan)
    return result(
      rule,
      'met',
      `Der foreligger en plan efter § ${plan.kind} for opholdet.`,
      stay.id,
      details,
      'A plan exists for the stay.',
    );
  return result(
    rule,
    'missing',
    `Borgeren har boet på boformen i ${daysLasted} ${daysLasted === 1 ? 'dag' : 'dage'} uden en plan (${cite(legalSources.sel_142)}).`,
    stay.id,
    details,
    `The citizen has stayed ${daysLasted} day(s) without a plan.`,
  );
}

// ---------------------------------------------------------------------------------------------
// § 110 stk. 6: notification of the handlekommune

/**
 * Deadline: `notificationWorkingDays` working days after the admission day, counted from the
 * next working day (admission on Skærtorsdag 2025-04-17 → 2025-04-24). States: on_time (met),
 * late (sent after the deadline: overdue), pending (not sent, still in time: warning), missing
 * (not sent and the deadline has passed: missing). Stays admitted before the reform are
 * not_applicable.
 */
export function evaluateNotification(stay: ShelterStay, asOf: IsoDate, options: EvaluationOptions = {}): NotificationResult {
  const parameters = options.parameters ?? defaultRuleParameters;
  const rule = 'handlekommune_notification_110_6' as const;
  const deadline = addWorkingDays(stay.admittedOn, parameters.notificationWorkingDays, parameters.workingDays);
  const base = { stayId: stay.id, admittedOn: stay.admittedOn, deadline, notifiedOn: stay.handlekommuneNotifiedOn };
  const deadlineDa = formatDateDa(deadline);
  if (stay.admittedOn < parameters.reformInForce) {
    return result(rule, 'not_applicable', 'Optaget før 1. oktober 2023: kravet gjaldt ikke.', stay.id, {
      ...base,
      state: 'before_reform',
      workingDaysLate: 0,
      workingDaysLeft: 0,
    });
  }
  const notifiedOn = stay.handlekommuneNotifiedOn;
  if (notifiedOn !== null) {
    if (notifiedOn <= deadline) {
      return result(
        rule,
        'met',
        `Handlekommunen blev orienteret ${formatDateDa(notifiedOn)}, inden fristen ${deadlineDa}.`,
        stay.id,
        { ...base, state: 'on_time', workingDaysLate: 0, workingDaysLeft: 0 },
        'Notified on time.',
      );
    }
    const late = workingDaysBetween(deadline, notifiedOn, parameters.workingDays);
    return result(
      rule,
      'overdue',
      `Handlekommunen blev orienteret for sent: ${formatDateDa(notifiedOn)}, fristen var ${deadlineDa} (${cite(legalSources.sel_110_stk6)}).`,
      stay.id,
      { ...base, state: 'late', workingDaysLate: late, workingDaysLeft: 0 },
      `Notified late (${late} working day(s) after the deadline).`,
    );
  }
  if (asOf <= deadline) {
    const left = workingDaysBetween(asOf, deadline, parameters.workingDays);
    return result(
      rule,
      'warning',
      `Handlekommunen skal orienteres senest ${deadlineDa} (${cite(legalSources.sel_110_stk6)}).`,
      stay.id,
      { ...base, state: 'pending', workingDaysLate: 0, workingDaysLeft: left },
      `The handlekommune must be notified by ${deadline}.`,
    );
  }
  const late = workingDaysBetween(deadline, asOf, parameters.workingDays);
  return result(
    rule,
    'missing',
    `Handlekommunen er ikke orienteret, og fristen ${deadlineDa} er overskredet (${cite(legalSources.sel_110_stk6)}).`,
    stay.id,
    { ...base, state: 'missing', workingDaysLate: late, workingDaysLeft: 0 },
    `The handlekommune has not been notified; the deadline ${deadline} has passed.`,
  );
}

// ---------------------------------------------------------------------------------------------
// § 85 a stk. 2: the citizen's wish of provider

/**
 * A § 85 a decision that does not follow the citizen's wish of provider must give the reason.
 * Status 'missing' means the decision must be refused (not saved) until a reason is given.
 */
export function evaluateProviderWish(decision: Decision): ProviderWishResult {
  const rule = 'provider_wish_reason_85a_2' as const;
  const wish = decision.providerWish;
  const details: ProviderWishDetails = {
    decisionId: decision.id,
    wishedProvider: wish?.wishedProvider ?? null,
    followed: wish?.followed ?? null,
    reasonGiven: (wish?.reasonIfNotFollowed ?? '').trim() !== '',
  };
  if (decision.kind !== '85a') return result(rule, 'not_applicable', 'Gælder kun afgørelser efter § 85 a.', decision.id, details);
  if (!wish) return result(rule, 'not_applicable', 'Borgeren har ikke udtrykt ønske om leverandør.', decision.id, details);
  if (wish.followed)
    return result(
      rule,
      'met',
      'Borgerens ønske om leverandør er fulgt.',
      decision.id,
      details,
      "The citizen's wish of provider is followed.",
    );
  if (details.reasonGiven)
    return result(
      rule,
      'met',
      'Afgørelsen begrunder, hvorfor borgerens ønske om leverandør ikke følges.',
      decision.id,
      details,
      'The reason is given.',
    );
  return result(
    rule,
    'missing',
    `Afgørelsen følger ikke borgerens ønske om leverandør (${wish.wishedProvider}) og skal derfor begrundes (${cite(legalSources.sel_85a_stk2)}).`,
    decision.id,
    details,
    "The decision does not follow the citizen's wish of provider and must give the reason.",
  );
}

// ---------------------------------------------------------------------------------------------
// Reimbursement days

/**
 * Reimbursement nights used in the current running year (see course/stay-counting.ts for the
 * counting). Warns while the citizen is at a shelter and ≥ `reimbursementWarnShare` of the limit
 * is used ('near_limit') or nothing is left ('exhausted'); otherwise 'met' with the figures, or
 * not_applicable when no running year is open.
 */
export function evaluateReimbursement(
  snapshot: CourseSnapshot,
  asOf: IsoDate,
  options: EvaluationOptions = {},
): ReimbursementResult {
  const parameters = options.parameters ?? defaultRuleParameters;
  const rule = 'reimbursement_days_110' as const;
  const account = reimbursementAccount(snapshot.stays, asOf, parameters);
  const current = account.current;
  const details: Omit<ReimbursementDetails, 'level'> = {
    periodStart: current?.start ?? null,
    periodEndExclusive: current?.endExclusive ?? null,
    limit: account.limit,
    reimbursedNights: current?.reimbursedNights ?? 0,
    unreimbursedNights: current?.unreimbursedNights ?? 0,
    remaining: account.remaining,
    usedShare: account.usedShare,
  };
  if (!current || account.limit === null) {
    return result(rule, 'not_applicable', 'Ingen refusionsperiode er i gang.', null, { ...details, level: 'none' });
  }
  const staying = currentStay(snapshot.stays, asOf) !== null;
  const figures = `${current.reimbursedNights} af ${account.limit} refusionsdage brugt i perioden ${formatDateDa(current.start)}–${formatDateDa(addDays(current.endExclusive, -1))}`;
  const exhausted = account.remaining === 0;
  const near = account.usedShare >= parameters.reimbursementWarnShare;
  const level = exhausted ? 'exhausted' : near ? 'near_limit' : 'ok';
  if (staying && exhausted) {
    return result(
      rule,
      'warning',
      `Refusionsdagene er brugt op: ${figures}. Kommunen betaler nu opholdet fuldt ud.`,
      null,
      { ...details, level },
      'Reimbursement days are used up.',
    );
  }
  if (staying && near) {
    return result(
      rule,
      'warning',
      `Refusionsdagene er ved at være brugt: ${figures} (${account.remaining ?? 0} tilbage).`,
      null,
      { ...details, level },
      'Reimbursement days are nearly used up.',
    );
  }
  return result(rule, 'met', `${figures}.`, null, { ...details, level });
}

// ---------------------------------------------------------------------------------------------
// CTI phases

/**
 * For an active CTI course: which phase it is in and when the next transition is due.
 * Interpretation: contact-building lasts until the citizen moves in; phase 1 is due on the
 * move-in day (of the latest non-withdrawn allocation, or the course start if that is later).
 * Each phase lasts `ctiPhaseMonths` calendar months from its start; after the last phase the
 * course's end is due. Status: 'overdue' after the due day, 'warning' within
 * `ctiWarnDaysBefore` days of it (and on the day), else 'met'.
 */
export function evaluateCtiCourse(
  course: SupportCourse,
  allocations: readonly HousingAllocation[],
  asOf: IsoDate,
  options: EvaluationOptions = {},
): CtiResult {
  const parameters = options.parameters ?? defaultRuleParameters;
  const rule = 'cti_phase_transition' as const;
  const started = course.ctiPhases.filter((phase) => phase.startedOn <= asOf).sort((a, b) => a.phase - b.phase);
  const latest = started.at(-1);
  const currentPhase: CtiPhase = latest?.phase ?? 'contact';
  const phaseStartedOn = latest?.startedOn ?? course.startedOn;
  const nextNumber = (latest?.phase ?? 0) + 1;
  const next: CtiDetails['next'] = nextNumber > parameters.ctiPhaseCount ? 'end' : (nextNumber as 1 | 2 | 3);

  let dueOn: IsoDate | null;
  if (latest) {
    dueOn = addMonths(latest.startedOn, parameters.ctiPhaseMonths);
  } else {
    const moveIn = allocations
      .filter((a) => a.moveInOn !== null && a.withdrawnOn === null)
      .map((a) => a.moveInOn as IsoDate)
      .sort()
      .at(-1);
    dueOn = moveIn === undefined ? null : moveIn < course.startedOn ? course.startedOn : moveIn;
  }
  const daysUntilDue = dueOn === null ? null : daysBetween(asOf, dueOn);
  const details: CtiDetails = { supportCourseId: course.id, currentPhase, phaseStartedOn, next, dueOn, daysUntilDue };
  if (course.method !== 'cti' || (course.endedOn !== null && course.endedOn <= asOf) || course.startedOn > asOf) {
    return result(rule, 'not_applicable', 'Ikke et aktivt CTI-forløb.', course.id, details);
  }
  const phaseDa = currentPhase === 'contact' ? 'kontaktetablering' : `fase ${currentPhase}`;
  const nextDa = next === 'end' ? 'afslutning af forløbet' : `fase ${next}`;
  if (dueOn === null || daysUntilDue === null) {
    return result(
      rule,
      'met',
      `CTI-forløbet er i ${phaseDa}; fase 1 begynder ved indflytning.`,
      course.id,
      details,
      'CTI contact-building; phase 1 starts at move-in.',
    );
  }
  if (daysUntilDue < 0) {
    return result(
      rule,
      'overdue',
      `CTI-forløbet er i ${phaseDa}; ${nextDa} skulle være begyndt ${formatDateDa(dueOn)} (${-daysUntilDue} ${daysUntilDue === -1 ? 'dag' : 'dage'} over).`,
      course.id,
      details,
      `CTI transition to ${next === 'end' ? 'the end' : `phase ${next}`} is overdue since ${dueOn}.`,
    );
  }
  if (daysUntilDue <= parameters.ctiWarnDaysBefore) {
    return result(
      rule,
      'warning',
      `CTI-forløbet er i ${phaseDa}; ${nextDa} skal begynde ${formatDateDa(dueOn)}.`,
      course.id,
      details,
      `CTI transition due on ${dueOn}.`,
    );
  }
  return result(rule, 'met', `CTI-forløbet er i ${phaseDa}; ${nextDa} ${formatDateDa(dueOn)}.`, course.id, details);
}

// ---------------------------------------------------------------------------------------------

/**
 * All rules for a course on `asOf`, in a stable order: § 110 stk. 5 and § 142 for the current
 * stay, § 110 stk. 6 for every stay (newest first), § 85 a stk. 2 for every § 85 a decision,
 * reimbursement, then each CTI course.
 */
export function evaluateCourse(snapshot: CourseSnapshot, asOf: IsoDate, options: EvaluationOptions = {}): RuleResult[] {
  const results: RuleResult[] = [];
  const stay = currentStay(snapshot.stays, asOf);
  if (stay) results.push(evaluateDischargeConditions(snapshot, asOf, stay.id));
  results.push(evaluateShelterPlan(snapshot, asOf));
  const stays = [...snapshot.stays].sort((a, b) => (a.admittedOn < b.admittedOn ? 1 : -1));
  for (const s of stays) results.push(evaluateNotification(s, asOf, options));
  for (const decision of snapshot.decisions) if (decision.kind === '85a') results.push(evaluateProviderWish(decision));
  results.push(evaluateReimbursement(snapshot, asOf, options));
  for (const course of snapshot.supportCourses)
    if (course.method === 'cti') results.push(evaluateCtiCourse(course, snapshot.housingAllocations, asOf, options));
  return results;
}

/** The results that need attention (missing, overdue, warning), for lists and badges. */
export function needsAttention(results: readonly RuleResult[]): RuleResult[] {
  return results.filter((r) => r.status === 'missing' || r.status === 'overdue' || r.status === 'warning');
}
