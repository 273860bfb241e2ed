import { describe, expect, it } from 'vitest';
import { type MeasureSummary, summariseRows } from '../key-figures/summarise';
import {
  assembleStatusReport,
  emptyMethodPeriodCounts,
  formatCountDa,
  formatPercentDa,
  type MethodPeriodCounts,
  previousPeriodOf,
  reportSectionTitles,
  type StatusReport,
  type StatusReportInput,
  statusReportCsv,
} from './status-report';

const period = { from: '2025-01-01', to: '2025-12-31' };

const summary = (numerator: number, denominator: number, median: number | null = null): MeasureSummary => ({
  ...summariseRows([]),
  members: denominator,
  numerator,
  denominator,
  share: denominator === 0 ? null : numerator / denominator,
  median,
});

function counts(overrides: Partial<MethodPeriodCounts>): MethodPeriodCounts {
  return { ...emptyMethodPeriodCounts(), ...overrides };
}

const empty = { previous: emptyMethodPeriodCounts(), current: emptyMethodPeriodCounts() };

function inputWith(methods: Partial<StatusReportInput['methods']>, goals: StatusReportInput['goals'] = []): StatusReportInput {
  return {
    municipalityName: 'Æblerød Kommune',
    period,
    previousPeriod: previousPeriodOf(period),
    referenceDate: '2026-01-31',
    goals,
    methods: { cti: empty, icm: empty, act: empty, m_act: empty, ...methods },
  };
}

const tableOf = (report: StatusReport, part: string, key: string) =>
  report.parts
    .find((p) => p.key === part)
    ?.sections.flatMap((s) => s.tables)
    .find((t) => t.key === key);

const texts = (report: StatusReport, part: string, key: string) =>
  tableOf(report, part, key)?.rows.map((r) => [r.label, ...r.cells.map((c) => c.text)]);

const cti = counts({
  activeAtEnd: 12,
  started: 9,
  ended: 6,
  citizens: 18,
  teams: 2,
  workers: 4,
  decisionsGranted: 9,
  decisionsRefused: 1,
  housingAtStart: { own_home: 1, shelter_110: 6, other_homeless: 2, residential_offer: 0, unknown: 0 },
  housingAtEnd: { own_home: 8, shelter_110: 2, other_homeless: 2, residential_offer: 0, unknown: 0 },
  sex: { female: 7, male: 11, unknown: 0 },
  assessed: 10,
  severeAreas: { mental_functions: 6, health: 2 },
  endReasons: { completed: 5, died: 1 },
  withPlan: 10,
  withDecision: 12,
  contacts: { visit: 40, phone: 22, meeting: 3, other: 0 },
  ctiPhaseAtEnd: { phase_1: 5, phase_2: 5, phase_3: 2, none: 0 },
  retention: {
    '3m': { numerator: 8, denominator: 9 },
    '6m': { numerator: 6, denominator: 12 },
    '12m': { numerator: 0, denominator: 0 },
  },
});

describe('previousPeriodOf', () => {
  it('is the period of equal length that ends the day before', () => {
    expect(previousPeriodOf(period)).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(previousPeriodOf({ from: '2025-04-01', to: '2025-06-30' })).toEqual({ from: '2025-01-01', to: '2025-03-31' });
    expect(previousPeriodOf({ from: '2025-03-01', to: '2025-03-31' })).toEqual({ from: '2025-02-01', to: '2025-02-28' });
    // Not whole months: as many days.
    expect(previousPeriodOf({ from: '2025-04-10', to: '2025-04-19' })).toEqual({ from: '2025-03-31', to: '2025-04-09' });
    expect(previousPeriodOf({ from: '2025-03-01', to: '2025-03-01' })).toEqual({ from: '2025-02-28', to: '2025-02-28' });
  });
});

describe('the status report', () => {
  const report = assembleStatusReport(
    inputWith({ cti: { previous: counts({ started: 3, citizens: 3, sex: { female: 1, male: 2, unknown: 0 } }), current: cti } }),
  );

  it('has the goals and then the four methods, each method with the eight headings', () => {
    expect(report.parts.map((p) => p.key)).toEqual(['goals', 'cti', 'icm', 'act', 'm_act']);
    expect(report.parts[1]?.sections.map((s) => s.title)).toEqual([
      'Forankring og organisering',
      'Visitation',
      'Borgernes boligsituation',
      'Baggrundsoplysninger',
      'Sociale problemer',
      'Ophør af metodeforløb',
      'Handleplan og samarbejde',
      'Bostøttens konkrete implementering',
    ]);
    expect(report.columns).toEqual(['Forrige periode 01.01.2024–31.12.2024', 'Perioden 01.01.2025–31.12.2025']);
    expect(report.introduction.join(' ')).toContain('Æblerød Kommune');
  });

  it('says in plain Danish when a method has no courses', () => {
    const icm = report.parts.find((p) => p.key === 'icm');
    expect(icm?.emptyText).toBe('Kommunen har ingen forløb med ICM i perioden eller den forrige periode.');
    expect(icm?.sections).toEqual([]);
  });

  it('shows counts below the threshold as "<5" and protects them from the total with ".."', () => {
    // Sex: previous 1 female, 2 male (total 3), current 7 and 11 (total 18).
    expect(texts(report, 'cti', 'cti-sex')).toEqual([
      ['Kvinder', '<5', '7'],
      ['Mænd', '<5', '11'],
      ['Ukendt', '0', '0'],
      ['Borgere i alt', '<5', '18'],
    ]);
    // Housing at start: 1 own home is small; another cell must hide so it cannot be subtracted from the total 9.
    const start = texts(report, 'cti', 'cti-housing-at-start') ?? [];
    const current = start.map((r) => r[2]);
    expect(current[0]).toBe('<5');
    expect(current.filter((c) => c === '<5' || c === '..').length).toBeGreaterThanOrEqual(2);
    expect(current).not.toContain(undefined);
  });

  it('never shows a hidden count as 0', () => {
    const allCells = report.parts.flatMap((p) =>
      p.sections.flatMap((s) => s.tables.flatMap((t) => t.rows.flatMap((r) => r.cells))),
    );
    for (const cell of allCells) if (cell.value === null) expect(cell.text).not.toBe('0');
  });

  it('hides a share when numerator, denominator or complement is below the threshold', () => {
    expect(texts(report, 'cti', 'cti-retention')).toEqual([
      // 8 of 9: complement 1.
      ['Bor stadig i egen bolig efter 3 måneder', '–', '<5'],
      ['Bor stadig i egen bolig efter 6 måneder', '–', '50 %'],
      ['Bor stadig i egen bolig efter 12 måneder', '–', '–'],
    ]);
    // 10 of 12 with a plan: complement 2 → hidden; 12 of 12 with a decision: complement 0 → hidden.
    expect(texts(report, 'cti', 'cti-plan')).toEqual([
      ['Med handleplan (§ 141)', '–', '<5'],
      ['Med afgørelse (§ 85 a)', '–', '<5'],
    ]);
  });

  it('publishes overlapping rows without a total and exclusive rows with one', () => {
    const courses = tableOf(report, 'cti', 'cti-courses');
    expect(courses?.rows.some((r) => r.isTotal)).toBe(false);
    expect(courses?.chart).toBe(true);
    const social = texts(report, 'cti', 'cti-social-problems');
    expect(social?.[0]).toEqual(['Borgere med en VUM-udredning', '0', '10']);
    expect(social?.find((r) => r[0] === 'Mentale funktioner')).toEqual(['Mentale funktioner', '0', '6']);
    expect(tableOf(report, 'cti', 'cti-contacts')?.rows.at(-1)).toMatchObject({ label: 'Kontakter i alt', isTotal: true });
  });

  it('shows the CTI phases only for CTI and tells the caseload', () => {
    expect(tableOf(report, 'cti', 'cti-phases')).toBeDefined();
    const organisation = report.parts[1]?.sections[0];
    expect(organisation?.texts.join(' ')).toContain('2 teams og 4 medarbejdere');
    expect(organisation?.texts.join(' ')).toContain('3,0 aktive forløb pr. medarbejder');
  });

  it('says so section by section when a method has courses but a heading has no data', () => {
    const social = report.parts.find((p) => p.key === 'cti')?.sections.find((s) => s.key === 'social_problems');
    expect(social?.emptyText).toBeNull();
    const only = assembleStatusReport(
      inputWith({ icm: { previous: emptyMethodPeriodCounts(), current: counts({ citizens: 2, started: 2 }) } }),
    );
    const icm = only.parts.find((p) => p.key === 'icm');
    expect(icm?.sections.find((s) => s.key === 'social_problems')?.emptyText).toContain('VUM 2.0-udredning');
    expect(icm?.sections.find((s) => s.key === 'exit')?.emptyText).toBe(
      'Ingen forløb med metoden er afsluttet i de to perioder.',
    );
    expect(icm?.sections.find((s) => s.key === 'exit')?.tables).toEqual([]);
  });

  it('shows the goals with medians only behind at least k rows', () => {
    const withGoals = assembleStatusReport(
      inputWith({}, [
        { measure: 'k1_lead_time', previous: summary(3, 3, 40), current: summary(12, 12, 55.4) },
        { measure: 'k2_housed_60', previous: summary(0, 0), current: summary(6, 12) },
      ]),
    );
    expect(texts(withGoals, 'goals', 'goals-days')).toEqual([['Dage fra første kontakt til indflytning', '<5', '55 dage']]);
    expect(texts(withGoals, 'goals', 'goals-shares')).toEqual([['Andel i egen bolig inden 60 dage', '–', '50 %']]);
    expect(withGoals.hasData).toBe(true);
  });
});

describe('a report without data', () => {
  const report = assembleStatusReport(inputWith({}));

  it('has every part saying it has no data, and no tables', () => {
    expect(report.hasData).toBe(false);
    expect(report.parts[0]?.sections[0]?.emptyText).toContain('ingen nøgletal');
    expect(report.parts.slice(1).every((p) => p.emptyText !== null)).toBe(true);
  });

  it('exports as a CSV with the header only', () => {
    const csv = statusReportCsv(report);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toBe('\uFEFFDel;Afsnit;Tabel;Række;Forrige periode 01.01.2024–31.12.2024;Perioden 01.01.2025–31.12.2025\r\n');
  });
});

describe('the CSV', () => {
  it('has one semicolon-separated line per table row, quoting where needed', () => {
    const report = assembleStatusReport(inputWith({ cti: { previous: emptyMethodPeriodCounts(), current: cti } }));
    const lines = statusReportCsv(report).slice(1).trimEnd().split('\r\n');
    expect(lines.length).toBeGreaterThan(20);
    expect(lines).toContain(
      `CTI (Critical Time Intervention);${reportSectionTitles.organisation};Forløb;Aktive forløb ved periodens slutning;0;12`,
    );
    expect(lines.every((l) => l.split(';').length >= 6)).toBe(true);
  });
});

describe('number formats', () => {
  it('writes Danish numbers', () => {
    expect(formatCountDa(1234567)).toBe('1.234.567');
    expect(formatCountDa(12)).toBe('12');
    expect(formatPercentDa(0.625)).toBe('62,5 %');
    expect(formatPercentDa(0.5)).toBe('50 %');
  });
});

describe('status report: method fidelity (K14) in the support’s implementation', () => {
  const team = { unitId: 'team-cti', unitName: 'CTI-teamet', method: 'cti' as const, raterType: 'self' as const };
  const measured = (id: string, measuredOn: string, answer: 'yes' | 'partly' | 'no') => ({
    ...team,
    id,
    measuredOn,
    collectionMethod: 'self_report' as const,
    methodVersion: 1,
    commonVersion: 1,
    answers: [
      { itemId: 'cti.time_limited.1', answer },
      { itemId: 'housing_first.harm_reduction.1', answer: 'yes' as const },
    ],
  });
  const implementation = (report: StatusReport) =>
    report.parts.find((p) => p.key === 'cti')?.sections.find((s) => s.key === 'implementation');

  it('says no measurement is registered when there is none', () => {
    const report = assembleStatusReport(inputWith({ cti: { previous: cti, current: cti } }));
    expect(implementation(report)?.texts.join(' ')).toContain('ikke registreret nogen fidelitetsmåling');
    expect(implementation(report)?.texts.join(' ')).not.toContain('endnu ikke');
  });

  it('shows each team’s latest measurement as of each period’s end, per core element and in total', () => {
    const report = assembleStatusReport({
      ...inputWith({ cti: { previous: cti, current: cti } }),
      // One in the previous period, one in the period, one after it (not known to the report's period).
      fidelity: [measured('a', '2024-09-01', 'no'), measured('b', '2025-06-01', 'partly'), measured('c', '2026-01-15', 'yes')],
    });
    expect(implementation(report)?.texts.join(' ')).toContain('Metodefidelitet (nøgletal K14)');
    const table = tableOf(report, 'cti', 'cti-fidelity-1');
    expect(table?.title).toBe('Metodefidelitet (K14): CTI-teamet');
    const rows = texts(report, 'cti', 'cti-fidelity-1') ?? [];
    expect(rows).toContainEqual(['Tidsafgrænset', '0 %', '50 %']);
    expect(rows).toContainEqual(['Housing First: Skadesreduktion', '100 %', '100 %']);
    expect(rows).toContainEqual(['Recovery-orienteret', '–', '–']);
    expect(rows.at(-1)).toEqual(['Samlet', '50 %', '75 %']);
    // Teams of other methods get no table.
    expect(tableOf(report, 'icm', 'icm-fidelity-1')).toBeUndefined();
  });
});
