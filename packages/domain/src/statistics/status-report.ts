/**
 * The status report (statusrapport) for the steering group and the city council: a period
 * compared with the previous period of equal length, in the structure the national programmes'
 * status reports used (Rambøll, status report 2011 for Hjemløsestrategien; next-wave.md A.1):
 * overall goals first, then per method (CTI, ICM, ACT, M-ACT) the eight headings
 * forankring og organisering, visitation, borgernes boligsituation, baggrundsoplysninger,
 * sociale problemer, ophør af metodeforløb, handleplan og samarbejde, bostøttens implementering.
 *
 * Pure assembly: from counts the server gathered (per method and period) and key-figure
 * summaries to a report model of parts, sections, texts and tables, the same model the page,
 * the PDF, the XLSX and the CSV show. The report leaves the need-to-know circle (political
 * level), so every table of counts goes through `suppressTable` and every share through
 * `suppressShare`: small cells show "<k", cells hidden to protect them "..", never 0.
 * The report is written in Danish: it is the municipality's document for Danish committees.
 */
import { addDays, addMonths, dateParts, daysBetween, formatDateDa, type IsoDate } from '../calendar/iso-date';
import { type SupportMethod, supportMethods } from '../course/snapshot';
import { type VumArea, vumAreaDefinitions, vumAreas } from '../course/vum';
import { type MeasureId, measureDefinitions } from '../key-figures/definitions';
import { type MeasureSummary, type AgeBand, ageBands } from '../key-figures/summarise';
import { type CourseEndReason } from '../key-figures/timeline';
import { computeK14, type FidelityMeasurementInput, type K14TeamFigure } from '../fidelity/fidelity-score';
import {
  formatPublishedCell,
  type PublishedCell,
  type PublishedMargins,
  suppressShare,
  suppressTable,
  suppressionThreshold,
} from './suppression';

// ── input: what the server gathers ─────────────────────────────────────────────────────────

export interface ReportPeriod {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/**
 * The previous period of equal length, ending the day before `period` starts. A period of whole
 * calendar months (a quarter, a year) is compared with the same number of months before it
 * (2025 with 2024, even though 2024 had a day more); any other period with as many days.
 */
export function previousPeriodOf(period: ReportPeriod): ReportPeriod {
  const to = addDays(period.from, -1);
  const start = dateParts(period.from);
  const end = dateParts(period.to);
  if (start.day === 1 && addDays(period.to, 1).endsWith('-01')) {
    const months = (end.year - start.year) * 12 + (end.month - start.month) + 1;
    return { from: addMonths(period.from, -months), to };
  }
  return { from: addDays(to, -daysBetween(period.from, period.to)), to };
}

/** Housing situation, grouped as the report shows it. */
export const reportHousingGroups = ['own_home', 'shelter_110', 'other_homeless', 'residential_offer', 'unknown'] as const;
export type ReportHousingGroup = (typeof reportHousingGroups)[number];

export const reportSexes = ['female', 'male', 'unknown'] as const;
export type ReportSex = (typeof reportSexes)[number];

export const reportAgeBands = [...ageBands, 'unknown'] as const;
export type ReportAgeBand = AgeBand | 'unknown';

export const reportEndReasons = [
  'completed',
  'transferred',
  'moved_away',
  'lost_housing',
  'citizen_declined',
  'died',
  'other',
] as const satisfies readonly CourseEndReason[];

export const reportContactKinds = ['visit', 'phone', 'meeting', 'other'] as const;
export type ReportContactKind = (typeof reportContactKinds)[number];

export const reportCtiPhases = ['phase_1', 'phase_2', 'phase_3', 'none'] as const;
export type ReportCtiPhase = (typeof reportCtiPhases)[number];

export const retentionHorizons = ['3m', '6m', '12m'] as const;
export type RetentionHorizon = (typeof retentionHorizons)[number];

export interface ShareCounts {
  readonly numerator: number;
  readonly denominator: number;
}

/** One method's counts for one period (people are persons: linked records count once). */
export interface MethodPeriodCounts {
  /** Courses running on the period's last day. */
  readonly activeAtEnd: number;
  readonly started: number;
  readonly ended: number;
  /** Citizens with a course of the method running on some day of the period. */
  readonly citizens: number;
  /** Teams and workers with a course of the method running in the period (staff, not citizens). */
  readonly teams: number;
  readonly workers: number;
  /** § 85 a decisions for the method made in the period. */
  readonly decisionsGranted: number;
  readonly decisionsRefused: number;
  /** Courses started in the period, by the citizen's housing situation on the start day. */
  readonly housingAtStart: Readonly<Record<ReportHousingGroup, number>>;
  /** Courses running on the last day, by the citizen's housing situation that day. */
  readonly housingAtEnd: Readonly<Record<ReportHousingGroup, number>>;
  /** Citizens of the period by sex and by age band (age on the period's last day). */
  readonly sex: Readonly<Record<ReportSex, number>>;
  readonly ageBands: Readonly<Record<ReportAgeBand, number>>;
  /** Citizens of the period with a VUM 2.0 assessment on or before the last day… */
  readonly assessed: number;
  /** …and of those, per area, whose latest assessment finds a severe or complete reduction. */
  readonly severeAreas: Readonly<Partial<Record<VumArea, number>>>;
  /** Courses ended in the period, by reason. */
  readonly endReasons: Readonly<Partial<Record<CourseEndReason, number>>>;
  /** Of the courses running on the last day: the citizen has a § 141 handleplan in force; the course rests on a § 85 a decision. */
  readonly withPlan: number;
  readonly withDecision: number;
  /** Contacts registered in the period, by kind. */
  readonly contacts: Readonly<Record<ReportContactKind, number>>;
  /** CTI only: the phase of the courses running on the last day. */
  readonly ctiPhaseAtEnd: Readonly<Record<ReportCtiPhase, number>>;
  /** K3 for the method: move-ins in the period still housed after 3, 6 and 12 months. */
  readonly retention: Readonly<Record<RetentionHorizon, ShareCounts>>;
}

export interface GoalFigure {
  readonly measure: MeasureId;
  readonly previous: MeasureSummary;
  readonly current: MeasureSummary;
}

export interface StatusReportInput {
  readonly municipalityName: string;
  readonly period: ReportPeriod;
  readonly previousPeriod: ReportPeriod;
  readonly referenceDate: IsoDate;
  readonly threshold?: number;
  /** The municipality's key figures (K1–K16 measures) in both periods. */
  readonly goals: readonly GoalFigure[];
  readonly methods: Readonly<
    Record<SupportMethod, { readonly previous: MethodPeriodCounts; readonly current: MethodPeriodCounts }>
  >;
  /** The support teams' fidelity measurements (K14); teams, not citizens, so no suppression. */
  readonly fidelity?: readonly FidelityMeasurementInput[];
}

// ── output: the report model ───────────────────────────────────────────────────────────────

export interface ReportCell {
  /** As shown: "12", "<5", "..", "62 %", "41 dage", "–". */
  readonly text: string;
  /** The number behind it (a count, a percentage 0–100, days); null when hidden or empty. */
  readonly value: number | null;
}

export interface ReportRow {
  readonly label: string;
  /** One cell per period: the previous period, then the period. */
  readonly cells: readonly ReportCell[];
  readonly isTotal: boolean;
}

export interface ReportTable {
  readonly key: string;
  readonly title: string;
  readonly unit: 'count' | 'share' | 'days';
  readonly rowHeader: string;
  readonly rows: readonly ReportRow[];
  /** Drawn as a bar chart (previous beside current) as well; the table is its text alternative. */
  readonly chart: boolean;
}

export const reportSectionKeys = [
  'goals',
  'organisation',
  'visitation',
  'housing',
  'background',
  'social_problems',
  'exit',
  'plan_and_collaboration',
  'implementation',
] as const;
export type ReportSectionKey = (typeof reportSectionKeys)[number];

export interface ReportSection {
  readonly key: ReportSectionKey;
  readonly title: string;
  readonly texts: readonly string[];
  readonly tables: readonly ReportTable[];
  /** Plain Danish when the section has no data; its tables are then empty. */
  readonly emptyText: string | null;
}

export interface ReportPart {
  readonly key: 'goals' | SupportMethod;
  readonly title: string;
  readonly emptyText: string | null;
  readonly sections: readonly ReportSection[];
}

export interface StatusReport {
  readonly title: string;
  readonly municipalityName: string;
  readonly period: ReportPeriod;
  readonly previousPeriod: ReportPeriod;
  readonly referenceDate: IsoDate;
  readonly threshold: number;
  /** The two column headings: previous period, period ("01.01.2024–31.12.2024"). */
  readonly columns: readonly [string, string];
  readonly introduction: readonly string[];
  readonly hasData: boolean;
  readonly parts: readonly ReportPart[];
}

// ── labels ─────────────────────────────────────────────────────────────────────────────────

export const reportMethodLabels: Readonly<Record<SupportMethod, string>> = {
  cti: 'CTI (Critical Time Intervention)',
  icm: 'ICM (Intensive Case Management)',
  act: 'ACT (Assertive Community Treatment)',
  m_act: 'M-ACT (Modificeret ACT)',
};

export const reportSectionTitles: Readonly<Record<ReportSectionKey, string>> = {
  goals: 'Overordnede mål',
  organisation: 'Forankring og organisering',
  visitation: 'Visitation',
  housing: 'Borgernes boligsituation',
  background: 'Baggrundsoplysninger',
  social_problems: 'Sociale problemer',
  exit: 'Ophør af metodeforløb',
  plan_and_collaboration: 'Handleplan og samarbejde',
  implementation: 'Bostøttens konkrete implementering',
};

const housingLabels: Readonly<Record<ReportHousingGroup, string>> = {
  own_home: 'Egen bolig med lejekontrakt',
  shelter_110: 'Forsorgshjem/herberg (§ 110)',
  other_homeless: 'Anden hjemløshed',
  residential_offer: 'Botilbud (§ 107/108)',
  unknown: 'Ukendt',
};

const sexLabels: Readonly<Record<ReportSex, string>> = { female: 'Kvinder', male: 'Mænd', unknown: 'Ukendt' };

const ageLabels: Readonly<Record<ReportAgeBand, string>> = {
  under_18: 'Under 18 år',
  '18_29': '18–29 år',
  '30_39': '30–39 år',
  '40_49': '40–49 år',
  '50_59': '50–59 år',
  '60_plus': '60 år og derover',
  unknown: 'Ukendt alder',
};

const endReasonLabels: Readonly<Record<CourseEndReason, string>> = {
  completed: 'Planlagt afslutning',
  transferred: 'Overgået til anden indsats',
  moved_away: 'Fraflyttet kommunen',
  lost_housing: 'Mistet boligen',
  citizen_declined: 'Borgeren ønskede ikke støtten / mistet kontakt',
  died: 'Død',
  other: 'Andet',
};

const contactLabels: Readonly<Record<ReportContactKind, string>> = {
  visit: 'Besøg',
  phone: 'Telefon',
  meeting: 'Møde',
  other: 'Anden kontakt',
};

const ctiPhaseLabels: Readonly<Record<ReportCtiPhase, string>> = {
  phase_1: 'Fase 1 (overgang)',
  phase_2: 'Fase 2 (afprøvning)',
  phase_3: 'Fase 3 (overdragelse)',
  none: 'Fase ikke registreret',
};

const retentionLabels: Readonly<Record<RetentionHorizon, string>> = {
  '3m': 'Bor stadig i egen bolig efter 3 måneder',
  '6m': 'Bor stadig i egen bolig efter 6 måneder',
  '12m': 'Bor stadig i egen bolig efter 12 måneder',
};

/** The key figures the goals section shows, in the order of the programmes' goals. */
export const reportGoalMeasures: readonly MeasureId[] = [
  'k1_lead_time',
  'k2_housed_60',
  'k3_retained_12m',
  'k4_returned_2y',
  'k5_ended_over_120',
  'k7_plan_coverage',
  'k8_notified_on_time',
  'k12_housing_first_coverage',
];

// ── formatting ─────────────────────────────────────────────────────────────────────────────

/** 1234 → "1.234" (Danish grouping). */
export function formatCountDa(n: number): string {
  const digits = String(Math.abs(Math.trunc(n)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return n < 0 ? `−${grouped}` : grouped;
}

const percentOf = (share: number) => Math.round(share * 1000) / 10;

/** 0.625 → "62,5 %"; whole percentages without decimals. */
export function formatPercentDa(share: number): string {
  const p = percentOf(share);
  return `${Number.isInteger(p) ? String(p) : p.toFixed(1).replace('.', ',')} %`;
}

export const periodLabel = (p: ReportPeriod) => `${formatDateDa(p.from)}–${formatDateDa(p.to)}`;

const noValue: ReportCell = { text: '–', value: null };

function countCell(cell: PublishedCell): ReportCell {
  return { text: formatPublishedCell(cell, formatCountDa), value: cell.kind === 'value' ? cell.value : null };
}

function shareCell(counts: ShareCounts, threshold: number): ReportCell {
  if (counts.denominator === 0) return noValue;
  const share = suppressShare(counts.numerator, counts.denominator, { threshold });
  return share.kind === 'value'
    ? { text: formatPercentDa(share.share), value: percentOf(share.share) }
    : { text: share.label, value: null };
}

// ── tables ─────────────────────────────────────────────────────────────────────────────────

interface CountRow {
  readonly label: string;
  readonly previous: number;
  readonly current: number;
}

/**
 * A table of counts, one row per category and one column per period. `exclusive`: the rows
 * are the parts of a whole (each person or course in one row), so each period's total is
 * published under them; otherwise (rows that overlap) no total is published. Either way the
 * whole table passes through `suppressTable`.
 */
function countTable(
  key: string,
  title: string,
  rowHeader: string,
  rows: readonly CountRow[],
  options: { readonly exclusive: boolean; readonly totalLabel?: string; readonly chart?: boolean; readonly threshold: number },
): ReportTable {
  const margins: PublishedMargins = options.exclusive
    ? { rowTotals: false, columnTotals: true, grandTotal: false }
    : { rowTotals: false, columnTotals: false, grandTotal: false };
  const suppressed = suppressTable(
    rows.map((r) => [r.previous, r.current]),
    { threshold: options.threshold, margins },
  );
  const published: ReportRow[] = rows.map((r, i) => ({
    label: r.label,
    cells: (suppressed.cells[i] ?? []).map(countCell),
    isTotal: false,
  }));
  if (suppressed.columnTotals)
    published.push({ label: options.totalLabel ?? 'I alt', cells: suppressed.columnTotals.map(countCell), isTotal: true });
  return { key, title, unit: 'count', rowHeader, rows: published, chart: options.chart ?? false };
}

interface ShareRow {
  readonly label: string;
  readonly previous: ShareCounts;
  readonly current: ShareCounts;
}

function shareTable(
  key: string,
  title: string,
  rowHeader: string,
  rows: readonly ShareRow[],
  threshold: number,
  chart = false,
): ReportTable {
  return {
    key,
    title,
    unit: 'share',
    rowHeader,
    rows: rows.map((r) => ({
      label: r.label,
      cells: [shareCell(r.previous, threshold), shareCell(r.current, threshold)],
      isTotal: false,
    })),
    chart,
  };
}

const categoryRows = <K extends string>(
  keys: readonly K[],
  labels: Readonly<Record<K, string>>,
  previous: Readonly<Partial<Record<K, number>>>,
  current: Readonly<Partial<Record<K, number>>>,
): CountRow[] => keys.map((k) => ({ label: labels[k], previous: previous[k] ?? 0, current: current[k] ?? 0 }));

const sumOf = (values: Readonly<Partial<Record<string, number>>>) =>
  Object.values(values).reduce<number>((a, b) => a + (b ?? 0), 0);

function section(
  key: ReportSectionKey,
  content: { texts?: string[]; tables?: ReportTable[]; emptyText?: string | null },
): ReportSection {
  const emptyText = content.emptyText ?? null;
  return {
    key,
    title: reportSectionTitles[key],
    texts: content.texts ?? [],
    tables: emptyText === null ? (content.tables ?? []) : [],
    emptyText,
  };
}

// ── the goals ──────────────────────────────────────────────────────────────────────────────

function goalCell(measure: MeasureId, summary: MeasureSummary, threshold: number): ReportCell {
  const display = measureDefinitions[measure].display;
  if (display === 'share') return shareCell(summary, threshold);
  if (summary.denominator === 0 || summary.median === null) return noValue;
  // A median over fewer than k rows says too much about the few behind it.
  if (summary.denominator < threshold) return { text: `<${threshold}`, value: null };
  if (display === 'days') return { text: `${formatCountDa(Math.round(summary.median))} dage`, value: Math.round(summary.median) };
  return { text: formatCountDa(summary.numerator), value: summary.numerator };
}

function goalsPart(input: StatusReportInput, threshold: number): ReportPart {
  const goals = reportGoalMeasures
    .map((id) => input.goals.find((g) => g.measure === id))
    .filter((g): g is GoalFigure => g !== undefined);
  const hasData = goals.some((g) => g.previous.members + g.current.members > 0);
  const goalTable = (key: string, title: string, unit: 'share' | 'days', chart: boolean): ReportTable => ({
    key,
    title,
    unit,
    rowHeader: 'Nøgletal',
    rows: goals
      .filter((g) => (measureDefinitions[g.measure].display === 'share') === (unit === 'share'))
      .map((g) => ({
        label: measureDefinitions[g.measure].nameDa,
        cells: [goalCell(g.measure, g.previous, threshold), goalCell(g.measure, g.current, threshold)],
        isTotal: false,
      })),
    chart,
  });
  const candidates = [
    goalTable('goals-shares', 'Nøgletal (andele)', 'share', true),
    goalTable('goals-days', 'Nøgletal (dage, median)', 'days', false),
  ];
  const tables = candidates.filter((t) => t.rows.length > 0);
  return {
    key: 'goals',
    title: reportSectionTitles.goals,
    emptyText: null,
    sections: [
      section('goals', {
        texts: [
          'Kommunens nøgletal for alle borgere, uanset metode: hvor hurtigt borgerne kommer i egen bolig, om de bliver boende, og om opholdene på forsorgshjem bliver kortere. Definitionerne står på siden Nøgletal.',
        ],
        tables,
        emptyText: hasData
          ? null
          : 'Der er ingen nøgletal for perioden eller den forrige periode: Hjemvej har ingen registreringer for kommunens borgere i de to perioder.',
      }),
    ],
  };
}

// ── one method ─────────────────────────────────────────────────────────────────────────────

const totalOfBoth = (a: MethodPeriodCounts, b: MethodPeriodCounts, pick: (c: MethodPeriodCounts) => number) => pick(a) + pick(b);

/** A fidelity score (0–100) as a cell: "87,5 %". */
const fidelityCell = (percent: number | null | undefined): ReportCell =>
  percent == null ? noValue : { text: formatPercentDa(percent / 100), value: percent };

/**
 * K14 for one method's teams: per team a table of its core elements, the latest measurement on
 * or before each period's last day in the period's column, in % of full fidelity. Fidelity is
 * about teams, not citizens: nothing to suppress.
 */
function fidelityTables(previous: readonly K14TeamFigure[], current: readonly K14TeamFigure[], method: SupportMethod) {
  const teams = [...new Set([...previous, ...current].filter((t) => t.method === method).map((t) => t.unitId))];
  return teams.map((unitId, index): ReportTable => {
    const before = previous.find((t) => t.unitId === unitId && t.method === method);
    const now = current.find((t) => t.unitId === unitId && t.method === method);
    const shape = (now ?? before) as K14TeamFigure;
    const elementOf = (team: K14TeamFigure | undefined, e: K14TeamFigure['elements'][number]) =>
      team?.elements.find((x) => x.instrumentId === e.instrumentId && x.coreElementId === e.coreElementId)?.latest;
    return {
      key: `${method}-fidelity-${index + 1}`,
      title: `Metodefidelitet (K14): ${shape.unitName}`,
      unit: 'share',
      rowHeader: 'Kerneelement',
      rows: [
        ...shape.elements.map((e) => ({
          label: e.instrumentId === 'housing_first' ? `Housing First: ${e.nameDa}` : e.nameDa,
          cells: [fidelityCell(elementOf(before, e)), fidelityCell(elementOf(now, e))],
          isTotal: false,
        })),
        { label: 'Samlet', cells: [fidelityCell(before?.total.latest), fidelityCell(now?.total.latest)], isTotal: true },
      ],
      chart: false,
    };
  });
}

function methodPart(
  method: SupportMethod,
  previous: MethodPeriodCounts,
  current: MethodPeriodCounts,
  threshold: number,
  fidelity: { readonly previous: readonly K14TeamFigure[]; readonly current: readonly K14TeamFigure[] } = {
    previous: [],
    current: [],
  },
): ReportPart {
  const both = (pick: (c: MethodPeriodCounts) => number) => totalOfBoth(previous, current, pick);
  const title = reportMethodLabels[method];
  if (both((c) => c.citizens + c.started + c.ended + c.decisionsGranted + c.decisionsRefused) === 0) {
    return {
      key: method,
      title,
      emptyText: `Kommunen har ingen forløb med ${title.split(' ')[0] ?? title} i perioden eller den forrige periode.`,
      sections: [],
    };
  }
  const rows = (label: string, pick: (c: MethodPeriodCounts) => number): CountRow => ({
    label,
    previous: pick(previous),
    current: pick(current),
  });
  const share = (label: string, pick: (c: MethodPeriodCounts) => ShareCounts): ShareRow => ({
    label,
    previous: pick(previous),
    current: pick(current),
  });

  const staffText =
    current.teams === 0
      ? 'Ingen teams havde forløb med metoden i perioden.'
      : `I perioden havde ${formatCountDa(current.teams)} ${current.teams === 1 ? 'team' : 'teams'} og ${formatCountDa(current.workers)} ${current.workers === 1 ? 'medarbejder' : 'medarbejdere'} forløb med metoden (forrige periode: ${formatCountDa(previous.teams)} og ${formatCountDa(previous.workers)}).`;
  const caseloadText =
    current.workers > 0 && current.activeAtEnd >= threshold
      ? `Ved periodens slutning svarer det til ${(current.activeAtEnd / current.workers).toFixed(1).replace('.', ',')} aktive forløb pr. medarbejder med forløb.`
      : null;

  const organisation = section('organisation', {
    texts: [staffText, ...(caseloadText ? [caseloadText] : [])],
    tables: [
      countTable(
        `${method}-courses`,
        'Forløb',
        'Forløb',
        [
          rows('Aktive forløb ved periodens slutning', (c) => c.activeAtEnd),
          rows('Nye forløb i perioden', (c) => c.started),
          rows('Afsluttede forløb i perioden', (c) => c.ended),
          rows('Borgere med forløb i perioden', (c) => c.citizens),
        ],
        { exclusive: false, chart: true, threshold },
      ),
    ],
  });

  const visitation = section('visitation', {
    texts: ['Nye forløb efter borgerens boligsituation på startdagen, og afgørelser efter servicelovens § 85 a om metoden.'],
    tables: [
      countTable(
        `${method}-housing-at-start`,
        'Nye forløb efter boligsituation ved start',
        'Boligsituation',
        categoryRows(reportHousingGroups, housingLabels, previous.housingAtStart, current.housingAtStart),
        { exclusive: true, totalLabel: 'Nye forløb i alt', threshold },
      ),
      countTable(
        `${method}-decisions`,
        'Afgørelser om bostøtte (§ 85 a)',
        'Afgørelse',
        [rows('Bevilget', (c) => c.decisionsGranted), rows('Afslag', (c) => c.decisionsRefused)],
        { exclusive: true, totalLabel: 'Afgørelser i alt', threshold },
      ),
    ],
    emptyText:
      both((c) => c.started + c.decisionsGranted + c.decisionsRefused) === 0
        ? 'Der er ikke startet nye forløb eller truffet afgørelser om metoden i de to perioder.'
        : null,
  });

  const housingHasData =
    both((c) => c.activeAtEnd) + both((c) => retentionHorizons.reduce((a, h) => a + c.retention[h].denominator, 0)) > 0;
  const housing = section('housing', {
    texts: [
      'Boligsituationen for borgere med et aktivt forløb ved periodens slutning, og hvor mange af de borgere, der flyttede ind i perioden, der stadig bor i egen bolig (nøgletal K3; dødsfald og fraflytning tælles ikke med, mistet kontakt tæller som ukendt).',
    ],
    tables: [
      countTable(
        `${method}-housing-at-end`,
        'Boligsituation ved periodens slutning',
        'Boligsituation',
        categoryRows(reportHousingGroups, housingLabels, previous.housingAtEnd, current.housingAtEnd),
        { exclusive: true, totalLabel: 'Aktive forløb i alt', chart: true, threshold },
      ),
      shareTable(
        `${method}-retention`,
        'Fastholdelse af boligen',
        'Andel',
        retentionHorizons.map((h) => share(retentionLabels[h], (c) => c.retention[h])),
        threshold,
      ),
    ],
    emptyText: housingHasData ? null : 'Ingen borgere havde et aktivt forløb ved periodernes slutning, og ingen flyttede ind.',
  });

  const background = section('background', {
    texts: ['Borgere med et forløb i perioden efter køn og alder (alder på periodens sidste dag).'],
    tables: [
      countTable(`${method}-sex`, 'Køn', 'Køn', categoryRows(reportSexes, sexLabels, previous.sex, current.sex), {
        exclusive: true,
        totalLabel: 'Borgere i alt',
        threshold,
      }),
      countTable(
        `${method}-age`,
        'Alder',
        'Alder',
        categoryRows(reportAgeBands, ageLabels, previous.ageBands, current.ageBands),
        { exclusive: true, totalLabel: 'Borgere i alt', threshold },
      ),
    ],
    emptyText: both((c) => c.citizens) === 0 ? 'Ingen borgere havde et forløb med metoden i de to perioder.' : null,
  });

  const social = section('social_problems', {
    texts: [
      'Borgere, hvis seneste VUM 2.0-udredning finder svært eller fuldstændigt nedsat funktionsevne på området. En borger kan tælle på flere områder, så der er ingen total.',
    ],
    tables: [
      countTable(
        `${method}-social-problems`,
        'Svært eller fuldstændigt nedsat funktionsevne',
        'Område',
        [
          rows('Borgere med en VUM-udredning', (c) => c.assessed),
          ...categoryRows(
            vumAreas,
            Object.fromEntries(vumAreas.map((a) => [a, vumAreaDefinitions[a].labelDa])) as Record<VumArea, string>,
            previous.severeAreas,
            current.severeAreas,
          ),
        ],
        { exclusive: false, threshold },
      ),
    ],
    emptyText:
      both((c) => c.assessed) === 0
        ? 'Ingen af borgerne i metoden har en VUM 2.0-udredning, så Hjemvej har ingen oplysninger om deres sociale problemer.'
        : null,
  });

  const completed = (c: MethodPeriodCounts): ShareCounts => ({
    numerator: c.endReasons.completed ?? 0,
    denominator: sumOf(c.endReasons),
  });
  const exit = section('exit', {
    texts: ['Forløb, der er afsluttet i perioden, efter årsag.'],
    tables: [
      countTable(
        `${method}-end-reasons`,
        'Ophørsårsag',
        'Årsag',
        categoryRows(reportEndReasons, endReasonLabels, previous.endReasons, current.endReasons),
        { exclusive: true, totalLabel: 'Afsluttede forløb i alt', threshold },
      ),
      shareTable(
        `${method}-completed`,
        'Planlagt afslutning',
        'Andel',
        [share('Andel afsluttet som planlagt', completed)],
        threshold,
      ),
    ],
    emptyText: both((c) => sumOf(c.endReasons)) === 0 ? 'Ingen forløb med metoden er afsluttet i de to perioder.' : null,
  });

  const plan = section('plan_and_collaboration', {
    texts: [
      'Af forløbene ved periodens slutning: hvor mange borgere har en handleplan efter servicelovens § 141, og hvor mange forløb bygger på en afgørelse efter § 85 a.',
    ],
    tables: [
      shareTable(
        `${method}-plan`,
        'Handleplan og afgørelse',
        'Andel',
        [
          share('Med handleplan (§ 141)', (c) => ({ numerator: c.withPlan, denominator: c.activeAtEnd })),
          share('Med afgørelse (§ 85 a)', (c) => ({ numerator: c.withDecision, denominator: c.activeAtEnd })),
        ],
        threshold,
      ),
    ],
    emptyText: both((c) => c.activeAtEnd) === 0 ? 'Ingen forløb med metoden var aktive ved periodernes slutning.' : null,
  });

  const contactTotal = both((c) => sumOf(c.contacts));
  const implementationTables: ReportTable[] = [
    countTable(
      `${method}-contacts`,
      'Registrerede kontakter',
      'Kontakt',
      categoryRows(reportContactKinds, contactLabels, previous.contacts, current.contacts),
      { exclusive: true, totalLabel: 'Kontakter i alt', threshold },
    ),
  ];
  if (method === 'cti')
    implementationTables.push(
      countTable(
        'cti-phases',
        'CTI-fase ved periodens slutning',
        'Fase',
        categoryRows(reportCtiPhases, ctiPhaseLabels, previous.ctiPhaseAtEnd, current.ctiPhaseAtEnd),
        { exclusive: true, totalLabel: 'Aktive forløb i alt', threshold },
      ),
    );
  const fidelityTablesOfMethod = fidelityTables(fidelity.previous, fidelity.current, method);
  implementationTables.push(...fidelityTablesOfMethod);
  const implementation = section('implementation', {
    texts: [
      'Kontakter mellem bostøtten og borgeren, som de er registreret i Hjemvej.',
      fidelityTablesOfMethod.length > 0
        ? 'Metodefidelitet (nøgletal K14): for hvert team den seneste fidelitetsmåling på eller før hver periodes sidste dag, i % af fuld troskab pr. kerneelement (ja = 2, delvis = 1, nej = 0 point). Spørgsmålene er foreløbige pladsholdere, skrevet ud fra metodens kerneelementer, indtil manualernes tjeklister er tastet ind.'
        : 'Der er ikke registreret nogen fidelitetsmåling (nøgletal K14) for metoden i Hjemvej.',
    ],
    tables: implementationTables,
    emptyText:
      contactTotal === 0 && both((c) => c.activeAtEnd) === 0 && fidelityTablesOfMethod.length === 0
        ? 'Der er ikke registreret kontakter eller aktive forløb med metoden i de to perioder.'
        : null,
  });

  return {
    key: method,
    title,
    emptyText: null,
    sections: [organisation, visitation, housing, background, social, exit, plan, implementation],
  };
}

// ── the report ─────────────────────────────────────────────────────────────────────────────

export function assembleStatusReport(input: StatusReportInput): StatusReport {
  const threshold = suppressionThreshold({ threshold: input.threshold });
  const goals = goalsPart(input, threshold);
  const fidelity = {
    previous: computeK14(input.fidelity ?? [], input.previousPeriod.to),
    current: computeK14(input.fidelity ?? [], input.period.to),
  };
  const methods = supportMethods.map((m) =>
    methodPart(m, input.methods[m].previous, input.methods[m].current, threshold, fidelity),
  );
  const hasData = goals.sections.some((s) => s.emptyText === null) || methods.some((m) => m.emptyText === null);
  return {
    title: 'Statusrapport',
    municipalityName: input.municipalityName,
    period: input.period,
    previousPeriod: input.previousPeriod,
    referenceDate: input.referenceDate,
    threshold,
    columns: [`Forrige periode ${periodLabel(input.previousPeriod)}`, `Perioden ${periodLabel(input.period)}`],
    introduction: [
      `Statusrapport for ${input.municipalityName} for perioden ${periodLabel(input.period)}, sammenlignet med den forrige periode af samme længde (${periodLabel(input.previousPeriod)}). Opgjort den ${formatDateDa(input.referenceDate)} ud fra registreringerne i Hjemvej.`,
      'Rapporten følger strukturen fra de nationale programmers statusrapporter: først de overordnede mål, derefter for hver metode forankring og organisering, visitation, borgernes boligsituation, baggrundsoplysninger, sociale problemer, ophør, handleplan og samarbejde og bostøttens implementering.',
      `Rapporten indeholder kun samletal. Tal under ${threshold} vises som "<${threshold}", og tal, der er skjult, så de små tal ikke kan regnes ud, vises som "..". Andele vises ikke, når tæller, nævner eller forskellen mellem dem er under ${threshold}.`,
    ],
    hasData,
    parts: [goals, ...methods],
  };
}

/** An empty period's counts (every count 0), for the server's defaults and for tests. */
export function emptyMethodPeriodCounts(): MethodPeriodCounts {
  const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  const noShare = { numerator: 0, denominator: 0 };
  return {
    activeAtEnd: 0,
    started: 0,
    ended: 0,
    citizens: 0,
    teams: 0,
    workers: 0,
    decisionsGranted: 0,
    decisionsRefused: 0,
    housingAtStart: zeros(reportHousingGroups),
    housingAtEnd: zeros(reportHousingGroups),
    sex: zeros(reportSexes),
    ageBands: zeros(reportAgeBands),
    assessed: 0,
    severeAreas: {},
    endReasons: {},
    withPlan: 0,
    withDecision: 0,
    contacts: zeros(reportContactKinds),
    ctiPhaseAtEnd: zeros(reportCtiPhases),
    retention: { '3m': noShare, '6m': noShare, '12m': noShare },
  };
}

// ── CSV ────────────────────────────────────────────────────────────────────────────────────

const csvField = (value: string) => (/[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/**
 * The report's tables as CSV the way Danish Excel opens it: UTF-8 with a byte-order mark,
 * semicolons, CRLF. One line per table row: part, section, table, row, then the previous
 * period and the period as shown ("<5", "..", "62 %"). A report without data is the header only.
 */
export function statusReportCsv(report: StatusReport): string {
  const lines = [['Del', 'Afsnit', 'Tabel', 'Række', ...report.columns]];
  if (report.hasData)
    for (const part of report.parts)
      for (const s of part.sections)
        for (const table of s.tables)
          for (const row of table.rows)
            lines.push([part.title, s.title, table.title, row.label, ...row.cells.map((c) => c.text)]);
  return `\uFEFF${lines.map((line) => line.map(csvField).join(';')).join('\r\n')}\r\n`;
}

/** A file name for the report's downloads: "statusrapport-2025-01-01-2025-12-31.pdf". */
export function statusReportFileName(period: ReportPeriod, extension: 'pdf' | 'xlsx' | 'csv'): string {
  return `statusrapport-${period.from}-${period.to}.${extension}`;
}
