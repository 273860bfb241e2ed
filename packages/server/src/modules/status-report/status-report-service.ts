/**
 * The status report: gathers the municipality's numbers for the period and the previous
 * period of equal length (key-figure member rows for the goals and retention per method;
 * course facts for the eight headings per method), hands them to the domain's
 * `assembleStatusReport`, which suppresses every table, and renders the downloads.
 * Only a municipality has a status report (its handlekommune citizens); any other caller gets 404.
 */
import {
  assembleStatusReport,
  checkKeyFigureRequest,
  countMethodPeriod,
  type GoalFigure,
  indexRows,
  type MemberRow,
  type MethodPeriodCounts,
  previousPeriodOf,
  type ReportContactKind,
  type ReportPersonFact,
  reportGoalMeasures,
  type RetentionHorizon,
  type ShareCounts,
  sliceKey,
  type StatusReport,
  statusReportCsv,
  statusReportFileName,
  summariseRows,
  type SupportMethod,
  supportMethods,
} from '@hjemvej/domain';
import type { StatusReportQuery } from '@hjemvej/contract';
import { todayInDenmark } from '../../calendar/danish-time';
import { NotFoundError, UnprocessableError } from '../../http/errors';
import { FileDownload } from '../../http/file-download';
import type { DataContext } from '../../http/secured-route';
import { readRows } from '../key-figures/key-figure-request';
import {
  countReportContacts,
  findReportAssessments,
  findReportCourses,
  findReportDecisions,
  findReportHousing,
  findReportPeople,
  findReportPlans,
  type ReportWindow,
} from './status-report-queries';
import { renderStatusReportPdf } from './status-report-pdf';
import { findMeasurements } from '../fidelity/fidelity-queries';
import { renderStatusReportXlsx } from './status-report-xlsx';

const retentionMeasures = { '3m': 'k3_retained_3m', '6m': 'k3_retained_6m', '12m': 'k3_retained_12m' } as const;

function municipalityOf(ctx: DataContext): string {
  if (ctx.actor.organisationKind !== 'municipality') throw new NotFoundError();
  return ctx.actor.organisationId;
}

function checkQuery(query: StatusReportQuery): void {
  const [issue] = checkKeyFigureRequest(query, todayInDenmark());
  if (issue) throw new UnprocessableError(`key_figures_${issue.code}`, issue.field);
}

const shareOf = (rows: readonly MemberRow[]): ShareCounts => {
  const s = summariseRows(rows);
  return { numerator: s.numerator, denominator: s.denominator };
};

async function buildReport(ctx: DataContext, query: StatusReportQuery): Promise<StatusReport> {
  checkQuery(query);
  return buildStatusReportFor(ctx, { id: municipalityOf(ctx), name: ctx.actor.organisationName }, query);
}

/**
 * The report of one municipality, whoever asks: the caller has established that it may have
 * the municipality's suppressed report (the municipality itself, or the taskforce's data
 * package, modules/taskforce). Every table and share in it is suppressed.
 */
export async function buildStatusReportFor(
  ctx: Pick<DataContext, 'tx'>,
  municipality: { readonly id: string; readonly name: string },
  query: StatusReportQuery,
): Promise<StatusReport> {
  const municipalityId = municipality.id;
  const period = { from: query.from, to: query.to };
  const previousPeriod = previousPeriodOf(period);
  const windows: ReportWindow[] = [
    { key: 'previous', ...previousPeriod },
    { key: 'current', ...period },
  ];

  const { rows } = await readRows(ctx, { kind: 'municipality', organisationId: municipalityId }, windows, query.referenceDate);
  const index = indexRows(rows);
  const slice = (window: string, measure: Parameters<typeof sliceKey>[1]) => index.get(sliceKey(window, measure)) ?? [];
  const goals: GoalFigure[] = reportGoalMeasures.map((measure) => ({
    measure,
    previous: summariseRows(slice('previous', measure)),
    current: summariseRows(slice('current', measure)),
  }));

  const courses = await findReportCourses(ctx.tx, municipalityId, previousPeriod.from, period.to);
  const personIds = [...new Set(courses.map((c) => c.personId))];
  const [persons, housing, plans, assessments, decisions, contacts] = [
    await findReportPeople(ctx.tx, personIds),
    await findReportHousing(ctx.tx, personIds, period.to),
    await findReportPlans(ctx.tx, personIds, period.to),
    await findReportAssessments(ctx.tx, personIds, period.to),
    await findReportDecisions(ctx.tx, municipalityId, previousPeriod.from, period.to),
    await countReportContacts(ctx.tx, municipalityId, windows),
  ];
  const people = new Map<string, ReportPersonFact>(
    persons.map((p) => [
      p.personId,
      {
        personId: p.personId,
        birthDate: p.birthDate,
        sex: p.sex,
        housing: housing.filter((h) => h.personId === p.personId),
        plans: plans.filter((x) => x.personId === p.personId),
        assessments: assessments.filter((a) => a.personId === p.personId),
      },
    ]),
  );
  const facts = { courses, people, decisions };

  const countsFor = (method: SupportMethod, window: ReportWindow): MethodPeriodCounts => {
    const contactCounts: Partial<Record<ReportContactKind, number>> = {};
    for (const c of contacts) if (c.window === window.key && c.method === method) contactCounts[c.kind] = c.count;
    const retention = Object.fromEntries(
      (Object.keys(retentionMeasures) as RetentionHorizon[]).map((h) => [
        h,
        shareOf(slice(window.key, retentionMeasures[h]).filter((r) => r.method === method)),
      ]),
    ) as Record<RetentionHorizon, ShareCounts>;
    return countMethodPeriod(facts, method, window, { contacts: contactCounts, retention });
  };
  const [previousWindow, currentWindow] = windows as [ReportWindow, ReportWindow];
  const methods = Object.fromEntries(
    supportMethods.map((m) => [m, { previous: countsFor(m, previousWindow), current: countsFor(m, currentWindow) }]),
  ) as Record<SupportMethod, { previous: MethodPeriodCounts; current: MethodPeriodCounts }>;

  return assembleStatusReport({
    municipalityName: municipality.name,
    period,
    previousPeriod,
    referenceDate: query.referenceDate,
    goals,
    methods,
    // K14: the support teams' fidelity measurements (about teams, not citizens).
    fidelity: await findMeasurements(ctx.tx, { organisationId: municipalityId, unitIds: null }),
  });
}

function describeRead(ctx: DataContext, report: StatusReport, format: 'page' | 'pdf' | 'xlsx' | 'csv'): void {
  ctx.describe({
    subjectType: 'status_report',
    dataOrganisationId: ctx.actor.organisationId,
    changes: {
      format,
      from: report.period.from,
      to: report.period.to,
      previousFrom: report.previousPeriod.from,
      previousTo: report.previousPeriod.to,
      referenceDate: report.referenceDate,
      threshold: report.threshold,
    },
  });
}

export async function getStatusReport(ctx: DataContext, query: StatusReportQuery): Promise<StatusReport> {
  const report = await buildReport(ctx, query);
  describeRead(ctx, report, 'page');
  return report;
}

export async function downloadStatusReport(
  ctx: DataContext,
  query: StatusReportQuery,
  format: 'pdf' | 'xlsx' | 'csv',
): Promise<FileDownload> {
  const report = await buildReport(ctx, query);
  describeRead(ctx, report, format);
  const fileName = statusReportFileName(report.period, format);
  switch (format) {
    case 'pdf':
      return new FileDownload('application/pdf', fileName, await renderStatusReportPdf(report));
    case 'xlsx':
      return new FileDownload(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        fileName,
        await renderStatusReportXlsx(report),
      );
    case 'csv':
      return new FileDownload('text/csv; charset=utf-8', fileName, Buffer.from(statusReportCsv(report), 'utf8'));
  }
}
