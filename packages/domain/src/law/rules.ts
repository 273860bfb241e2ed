/**
 * The legal rules the course is checked against, as data: each rule's id, the source it rests
 * on, and the numbers it uses. Correct a number or a source here (or pass other
 * `RuleParameters`), not in the evaluation code.
 */
import { type WorkingDayOptions } from '../calendar/working-days';
import { type IsoDate } from '../calendar/iso-date';
import { type LegalSource, legalSources } from './sources';

export const ruleIds = [
  'discharge_conditions_110_5',
  'shelter_plan_142',
  'handlekommune_notification_110_6',
  'provider_wish_reason_85a_2',
  'reimbursement_days_110',
  'cti_phase_transition',
] as const;
export type RuleId = (typeof ruleIds)[number];

export interface RuleDefinition {
  readonly id: RuleId;
  readonly source: LegalSource;
  readonly titleDa: string;
}

export const ruleDefinitions: Readonly<Record<RuleId, RuleDefinition>> = {
  discharge_conditions_110_5: {
    id: 'discharge_conditions_110_5',
    source: legalSources.sel_110_stk5,
    titleDa: 'Udskrivning fra § 110-boform: betingelser',
  },
  shelter_plan_142: { id: 'shelter_plan_142', source: legalSources.sel_142, titleDa: 'Plan for borger på § 110-boform' },
  handlekommune_notification_110_6: {
    id: 'handlekommune_notification_110_6',
    source: legalSources.sel_110_stk6,
    titleDa: 'Orientering af handlekommunen',
  },
  provider_wish_reason_85a_2: {
    id: 'provider_wish_reason_85a_2',
    source: legalSources.sel_85a_stk2,
    titleDa: 'Begrundelse for ikke at følge ønske om leverandør',
  },
  reimbursement_days_110: {
    id: 'reimbursement_days_110',
    source: legalSources.sel_refusion_110,
    titleDa: 'Refusionsdage for § 110-ophold',
  },
  cti_phase_transition: { id: 'cti_phase_transition', source: legalSources.guidance_cti, titleDa: 'CTI: faseovergang' },
};

/** From `from` (inclusive) the reimbursement limit is `days` per running year, until the next entry. */
export interface ReimbursementCap {
  readonly from: IsoDate;
  readonly days: number;
}

export interface RuleParameters {
  /** The 2023 reform's entry into force: rules of the reform apply to admissions from this day. */
  readonly reformInForce: IsoDate;
  /** § 110 stk. 6: working days after admission the shelter has to notify the handlekommune. */
  readonly notificationWorkingDays: number;
  /** Which days count as working days for deadlines (closing days are opt-in). */
  readonly workingDays: WorkingDayOptions;
  /** Reimbursement day limits, in date order; the first entry starts the scheme. */
  readonly reimbursementCaps: readonly ReimbursementCap[];
  /**
   * 'day': each day is checked against the limit in force on that day (a running year that
   * spans 1 April 2026 drops from 120 to 90 from that day). 'period_start': the limit in force
   * on the first day of the running year applies for the whole year.
   */
  readonly reimbursementCapAppliesBy: 'day' | 'period_start';
  /** Length of the running year (løbende år) in calendar years. */
  readonly reimbursementPeriodYears: number;
  /** Warn when this share of the limit is used (0.8 = 80 %). */
  readonly reimbursementWarnShare: number;
  /** CTI: number of phases and their length after contact-building. */
  readonly ctiPhaseCount: number;
  readonly ctiPhaseMonths: number;
  /** CTI: warn this many days before a phase transition is due. */
  readonly ctiWarnDaysBefore: number;
}

export const defaultRuleParameters: RuleParameters = {
  reformInForce: '2023-10-01',
  notificationWorkingDays: 3,
  workingDays: {},
  reimbursementCaps: [
    { from: '2023-10-01', days: 120 },
    { from: '2026-04-01', days: 90 },
  ],
  reimbursementCapAppliesBy: 'day',
  reimbursementPeriodYears: 1,
  reimbursementWarnShare: 0.8,
  ctiPhaseCount: 3,
  ctiPhaseMonths: 3,
  ctiWarnDaysBefore: 14,
};

/** The reimbursement day limit in force on `date`, or null before the scheme started. */
export function reimbursementCapOn(
  date: IsoDate,
  caps: readonly ReimbursementCap[] = defaultRuleParameters.reimbursementCaps,
): number | null {
  let cap: number | null = null;
  for (const entry of caps) if (entry.from <= date) cap = entry.days;
  return cap;
}
