/**
 * The taskforce's data package (issue 13 point 3): at the start of the analysis phase the
 * taskforce freezes the course's municipality's figures for a period. Nothing is computed here
 * that another module computes: the key figures come from the dashboard's statement
 * (`readRows`) published as the national view publishes them (`publishMeasure`), support from
 * the status report (`buildStatusReportFor`, suppressed table by table), where time goes from
 * the time report's statement, the inbox from the tasks module's counts; the flow per month is
 * the domain's `countHousingFlow` over the housing periods the status report reads. Only
 * suppressed aggregates are stored (counts below the threshold as '<5'): the taskforce sees no
 * person. A package is stored once and never changed (a trigger refuses UPDATE); freezing again
 * adds the next version, and version 1 stays the baseline the development plan's goals use.
 */
import {
  countHousingFlow,
  DEFAULT_SUPPRESSION_THRESHOLD,
  type FlowPeriod,
  findDataPackagePeriodProblem,
  homelessCategories,
  indexRows,
  keyFigureDefinitionsOf,
  keyFigureSections,
  measureDefinitions,
  monthsOfPeriod,
  type PublishedCell,
  periodWindowKey,
  sliceKey,
  suppressList,
  suppressTable,
} from '@hjemvej/domain';
import {
  taskforceDataPackageContentSchema,
  type FreezeTaskforceDataPackageBody,
  type PublishedCount,
  type TaskforceDataPackage,
  type TaskforceDataPackageContent,
  type TaskforceDataPackageList,
  type TaskforceDataPackageSummary,
} from '@hjemvej/contract';
import type { Actor } from '../../access/actor';
import { formatDate, todayInDenmark } from '../../calendar/danish-time';
import { requireFound, UnprocessableError } from '../../http/errors';
import type { DataContext } from '../../http/secured-route';
import { checkRequest, measureName, measuresOf, readRows } from '../key-figures/key-figure-request';
import { systemMunicipalities } from '../key-figures/key-figures-queries';
import { publishMeasure } from '../key-figures/national-figures-service';
import { buildStatusReportFor } from '../status-report/status-report-service';
import { findReportHousing } from '../status-report/status-report-queries';
import { countActiveTasksByUnit, countOverdueAndBlockedByUnit, findOrganisationUnits } from '../tasks/task-inbox-queries';
import { findWaitBars } from '../time-report/time-report-queries';
import type { TaskforceCourseRow } from './taskforce-course-queries';
import {
  findDataPackage,
  findDataPackageRows,
  insertDataPackage,
  systemCountEscalationsByUnit,
  systemCountNetworkMeetings,
  systemFindAgreements,
  type DataPackageRow,
} from './taskforce-data-package-queries';
import { taskforceCoursePolicy } from './taskforce-policy';
import { describeTaskforceCourse, requireTaskforceCourse, requireTaskforceCourseFor } from './taskforce-course-access';

const threshold = DEFAULT_SUPPRESSION_THRESHOLD;

const published = (cell: PublishedCell | undefined): PublishedCount =>
  cell === undefined || cell.kind === 'value'
    ? { kind: 'value', value: cell?.value ?? 0 }
    : { kind: 'suppressed', label: cell.label };

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * The time report's statements are scoped by an actor. This one stands for the municipality's
 * own leader (no units: the whole municipality), so the statement counts exactly what the
 * municipality's time report counts. It bypasses the caller's scope and is used only for
 * aggregates that are suppressed before they are stored; it never signs in and writes nothing.
 */
function systemMunicipalityLeaderOf(course: PackageCourse): Actor {
  return {
    userId: '00000000-0000-0000-0000-000000000000',
    displayName: 'system',
    email: '',
    role: 'leader',
    locale: 'da',
    organisationId: course.municipalityId,
    organisationName: course.municipalityName,
    organisationKind: 'municipality',
    organisationIsDemo: false,
    units: [],
    sessionId: '',
    csrfToken: '',
  };
}

type PackageCourse = Pick<TaskforceCourseRow, 'id' | 'municipalityId' | 'municipalityName'>;

async function computeContent(
  ctx: Pick<DataContext, 'tx'>,
  course: PackageCourse,
  period: { readonly from: string; readonly to: string; readonly referenceDate: string },
  version: number,
): Promise<TaskforceDataPackageContent> {
  const { from, to, referenceDate } = period;

  // Key figures: the dashboard's member rows of the municipality, published per measure.
  const { rows, people } = await readRows(
    ctx,
    systemMunicipalities([course.municipalityId]),
    [{ key: periodWindowKey, from, to }],
    referenceDate,
  );
  const index = indexRows(rows);
  const figures = measuresOf(version, false).map((measure) => {
    const slice = index.get(sliceKey(periodWindowKey, measure)) ?? [];
    return { measure, published: publishMeasure([slice], slice).total };
  });

  // Flow: who was on the by-name list in each category at each month's end, who came and left.
  const personIds = people.map((p) => p.personId);
  const housing = await findReportHousing(ctx.tx, personIds, to);
  const periodsOf = new Map<string, FlowPeriod[]>();
  for (const h of housing) periodsOf.set(h.personId, [...(periodsOf.get(h.personId) ?? []), h]);
  const flow = countHousingFlow([...periodsOf.values()], monthsOfPeriod(from, to));
  const onList = suppressTable(
    flow.map((m) => homelessCategories.map((c) => m.categories[c])),
    { threshold, margins: { rowTotals: true, columnTotals: false, grandTotal: false } },
  );
  const movement = suppressTable(
    flow.map((m) => [m.inflow, m.outflow]),
    { threshold, margins: { rowTotals: false, columnTotals: false, grandTotal: false } },
  );

  // Support: the status report of the period (every table and share already suppressed).
  const support = await buildStatusReportFor(ctx, { id: course.municipalityId, name: course.municipalityName }, period);

  // Organisation: where time goes (per flowcard step and unit), the inbox, agreements, meetings.
  // One bar for every task made by hand: their free-text titles stay in the municipality.
  const bars = await findWaitBars(ctx.tx, systemMunicipalityLeaderOf(course), from, to, new Date(), 'all');
  const waits = (list: typeof bars.steps) => {
    const counts = suppressList(
      list.map((b) => b.taskCount),
      { threshold, total: false },
    ).counts;
    return list.map((b, i) => ({
      label: b.label ?? 'Opgaver oprettet i hånden',
      context: b.context,
      tasks: published(counts[i]),
      medianDays: b.taskCount >= threshold ? round1(b.medianDays) : null,
    }));
  };
  const units = await findOrganisationUnits(ctx.tx, course.municipalityId);
  const unitIds = units.map((u) => u.id);
  // The casework inbox: the course's own development actions (tasks about no citizen) would
  // otherwise count in the figures the course is measured by.
  const casework = { aboutCitizensOnly: true };
  const active = new Map((await countActiveTasksByUnit(ctx.tx, unitIds, casework)).map((r) => [r.unit_id, Number(r.n)]));
  const overdue = new Map(
    (unitIds.length === 0 ? [] : await countOverdueAndBlockedByUnit(ctx.tx, unitIds, todayInDenmark(), casework)).map((r) => [
      r.unit_id,
      r,
    ]),
  );
  const escalated = new Map((await systemCountEscalationsByUnit(ctx.tx, unitIds, from, to)).map((r) => [r.unit_id, Number(r.n)]));
  const inboxTable = suppressTable(
    units.map((u) => [
      active.get(u.id) ?? 0,
      Number(overdue.get(u.id)?.overdue ?? 0),
      Number(overdue.get(u.id)?.blocked ?? 0),
      escalated.get(u.id) ?? 0,
    ]),
    { threshold, margins: { rowTotals: false, columnTotals: false, grandTotal: false } },
  );
  const agreements = await systemFindAgreements(ctx.tx, course.municipalityId, to);
  const meetings = suppressList([await systemCountNetworkMeetings(ctx.tx, course.municipalityId, from, to)], {
    threshold,
    total: false,
  });

  return {
    definitions: keyFigureDefinitionsOf(version).map((d) => ({ id: d.id, version: d.version })),
    figures,
    flow: flow.map((m, i) => ({
      month: m.month,
      categories: Object.fromEntries(homelessCategories.map((c, j) => [c, published(onList.cells[i]?.[j])])) as Record<
        (typeof homelessCategories)[number],
        PublishedCount
      >,
      total: onList.rowTotals?.[i] ? published(onList.rowTotals[i]) : null,
      inflow: published(movement.cells[i]?.[0]),
      outflow: published(movement.cells[i]?.[1]),
    })),
    support,
    organisation: {
      steps: waits(bars.steps),
      units: waits(bars.units),
      inbox: units.map((u, i) => ({
        unit: u.name,
        active: published(inboxTable.cells[i]?.[0]),
        overdue: published(inboxTable.cells[i]?.[1]),
        blocked: published(inboxTable.cells[i]?.[2]),
        escalated: published(inboxTable.cells[i]?.[3]),
      })),
      agreements: agreements.map((a) => ({ title: a.title, validFrom: a.validFrom, revisitOn: a.revisitOn })),
      networkMeetings: published(meetings.counts[0]),
    },
  };
}

function summaryOf(row: DataPackageRow, baselineVersion: number): TaskforceDataPackageSummary {
  return {
    id: row.id,
    courseId: row.courseId,
    version: row.version,
    isBaseline: row.version === baselineVersion,
    from: row.from,
    to: row.to,
    referenceDate: row.referenceDate,
    keyFigureVersion: row.keyFigureVersion,
    threshold: row.threshold,
    frozenBy: row.frozenBy,
    frozenAt: row.frozenAt.toISOString(),
  };
}

/** The stored content as the reader sees it: the key figures named in the reader's language (the report shows them too). */
export function presentPackage(
  ctx: DataContext,
  course: TaskforceCourseRow,
  row: DataPackageRow,
  stored: unknown,
): TaskforceDataPackage {
  const content = taskforceDataPackageContentSchema.parse(stored);
  const definitions = keyFigureDefinitionsOf(row.keyFigureVersion);
  return {
    ...summaryOf(row, 1),
    municipalityName: course.municipalityName,
    definitions: content.definitions.map((d) => {
      const definition = definitions.find((x) => x.id === d.id);
      return { ...d, name: definition ? (ctx.locale === 'da' ? definition.nameDa : definition.nameEn) : d.id };
    }),
    figures: content.figures.map((f) => {
      const definition = measureDefinitions[f.measure];
      return {
        ...f,
        figure: definition.figure,
        section: keyFigureSections[definition.figure],
        name: measureName(f.measure, ctx.locale),
        display: definition.display,
        higherIsBetter: definition.higherIsBetter,
      };
    }),
    flow: content.flow,
    support: content.support,
    organisation: content.organisation,
  };
}

function describePackage(ctx: DataContext, course: TaskforceCourseRow, row: DataPackageRow): void {
  ctx.describe({
    subjectType: 'taskforce_data_package',
    subjectId: row.id,
    dataOrganisationId: course.municipalityId,
    changes: { courseId: course.id, version: row.version, from: row.from, to: row.to, threshold: row.threshold },
  });
}

export async function listTaskforceDataPackages(ctx: DataContext, courseId: string): Promise<TaskforceDataPackageList> {
  const course = await requireTaskforceCourse(ctx, courseId);
  const rows = await findDataPackageRows(ctx.tx, course.id);
  describeTaskforceCourse(ctx, course, { packages: rows.length });
  return { items: rows.map((row) => summaryOf(row, 1)) };
}

export async function getTaskforceDataPackage(
  ctx: DataContext,
  courseId: string,
  packageId: string,
): Promise<TaskforceDataPackage> {
  return answerPackage(ctx, await requireTaskforceCourse(ctx, courseId), packageId);
}

/** One package of the course (404 when it has none with this id), described for the audit. */
async function answerPackage(ctx: DataContext, course: TaskforceCourseRow, packageId: string): Promise<TaskforceDataPackage> {
  const row = requireFound(await findDataPackage(ctx.tx, course.id, packageId));
  describePackage(ctx, course, row);
  return presentPackage(ctx, course, row, row.content);
}

export async function freezeTaskforceDataPackage(
  ctx: DataContext,
  courseId: string,
  body: FreezeTaskforceDataPackageBody,
): Promise<TaskforceDataPackage> {
  const course = await requireTaskforceCourseFor(ctx, courseId, taskforceCoursePolicy.freezeData);
  const today = todayInDenmark();
  // The collaboration agreement's data clause bounds what the taskforce may collect.
  const problem = findDataPackagePeriodProblem(body.from, body.to, today, course);
  if (problem) {
    const date = (d: string | null) => (d ? formatDate(ctx.locale, d) : '');
    throw new UnprocessableError(`taskforce_package_${problem.code}`, problem.field, {
      from: formatDate(ctx.locale, body.from),
      today: formatDate(ctx.locale, today),
      agreedFrom: date(course.dataPeriodFrom),
      agreedTo: date(course.dataPeriodTo),
      validUntil: date(course.dataValidUntil),
    });
  }
  // The figures are read as they stood on the period's last day.
  const id = await systemFreezeDataPackage(
    ctx,
    course,
    { from: body.from, to: body.to },
    {
      userId: ctx.actor.userId,
      name: ctx.actor.displayName,
    },
  );
  return answerPackage(ctx, course, id);
}

/**
 * Computes and stores the next version of the course's package. The caller has found the course
 * in its reach, locked its row (so two freezes cannot take the same version) and checked the
 * period; the demo seeding calls it directly for the demo course.
 */
export async function systemFreezeDataPackage(
  ctx: Pick<DataContext, 'tx'>,
  course: PackageCourse,
  dates: { readonly from: string; readonly to: string },
  frozenBy: { readonly userId: string; readonly name: string; readonly at?: Date },
): Promise<string> {
  const period = { ...dates, referenceDate: dates.to };
  const version = checkRequest(period);
  const content = await computeContent(ctx, course, period, version);
  const existing = await findDataPackageRows(ctx.tx, course.id);
  return insertDataPackage(ctx.tx, {
    courseId: course.id,
    municipalityId: course.municipalityId,
    version: (existing[0]?.version ?? 0) + 1,
    ...period,
    keyFigureVersion: version,
    threshold,
    content,
    frozenByUserId: frozenBy.userId,
    frozenByName: frozenBy.name,
    ...(frozenBy.at ? { frozenAt: frozenBy.at } : {}),
  });
}
