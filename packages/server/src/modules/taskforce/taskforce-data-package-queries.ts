/**
 * SQL for the taskforce's frozen data packages, and the few counts of the municipality's
 * organisation the package adds to what other modules compute (network meetings held,
 * collaboration agreements, escalated tasks per unit). Packages are read by the id of a course
 * already found in the caller's taskforce reach; the counts are `system…` reads of the course's
 * municipality, made only to be suppressed into the package.
 */
import { sql, type Transaction } from 'kysely';
import type { IsoDate } from '@hjemvej/domain';
import type { Database } from '../../database/schema';

type Tx = Transaction<Database>;

function selectPackages(tx: Tx) {
  return tx
    .selectFrom('taskforce_data_packages as p')
    .select([
      'p.id',
      'p.course_id as courseId',
      'p.municipality_id as municipalityId',
      'p.version',
      'p.period_from as from',
      'p.period_to as to',
      'p.reference_date as referenceDate',
      'p.key_figure_version as keyFigureVersion',
      'p.threshold',
      'p.frozen_by_name as frozenBy',
      'p.frozen_at as frozenAt',
    ]);
}

export type DataPackageRow = Awaited<ReturnType<ReturnType<typeof selectPackages>['executeTakeFirstOrThrow']>>;

/** The course's packages, newest first (without their content). */
export async function findDataPackageRows(tx: Tx, courseId: string): Promise<DataPackageRow[]> {
  return selectPackages(tx).where('p.course_id', '=', courseId).orderBy('p.version', 'desc').execute();
}

/** One package of the course, with its frozen content. */
export async function findDataPackage(
  tx: Tx,
  courseId: string,
  packageId: string,
): Promise<(DataPackageRow & { readonly content: unknown }) | undefined> {
  return selectPackages(tx)
    .select('p.content')
    .where('p.course_id', '=', courseId)
    .where('p.id', '=', packageId)
    .executeTakeFirst();
}

/** The course's first package: the baseline. */
export async function findBaselinePackage(
  tx: Tx,
  courseId: string,
): Promise<(DataPackageRow & { readonly content: unknown }) | undefined> {
  return selectPackages(tx)
    .select('p.content')
    .where('p.course_id', '=', courseId)
    .orderBy('p.version')
    .limit(1)
    .executeTakeFirst();
}

export async function insertDataPackage(
  tx: Tx,
  values: {
    readonly courseId: string;
    readonly municipalityId: string;
    readonly version: number;
    readonly from: IsoDate;
    readonly to: IsoDate;
    readonly referenceDate: IsoDate;
    readonly keyFigureVersion: number;
    readonly threshold: number;
    readonly content: unknown;
    readonly frozenByUserId: string;
    readonly frozenByName: string;
    readonly frozenAt?: Date;
  },
): Promise<string> {
  const row = await tx
    .insertInto('taskforce_data_packages')
    .values({
      course_id: values.courseId,
      municipality_id: values.municipalityId,
      version: values.version,
      period_from: values.from,
      period_to: values.to,
      reference_date: values.referenceDate,
      key_figure_version: values.keyFigureVersion,
      threshold: values.threshold,
      content: JSON.stringify(values.content),
      frozen_by_user_id: values.frozenByUserId,
      frozen_by_name: values.frozenByName,
      ...(values.frozenAt ? { frozen_at: values.frozenAt } : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Network meetings the municipality held in the period (a count only; the meetings name citizens). */
export async function systemCountNetworkMeetings(tx: Tx, municipalityId: string, from: IsoDate, to: IsoDate): Promise<number> {
  const row = await tx
    .selectFrom('network_meetings')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organisation_id', '=', municipalityId)
    .where(sql<boolean>`held_at >= ${from}::date AND held_at < (${to}::date + 1)`)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The municipality's collaboration agreements in force during the period, with their revisit dates. */
export async function systemFindAgreements(tx: Tx, municipalityId: string, to: IsoDate) {
  return tx
    .selectFrom('collaboration_agreements')
    .select(['title', 'valid_from as validFrom', 'revisit_on as revisitOn'])
    .where('organisation_id', '=', municipalityId)
    .where('valid_from', '<=', to)
    .orderBy('revisit_on')
    .execute();
}

/** Tasks of each unit escalated in the period. */
export async function systemCountEscalationsByUnit(tx: Tx, unitIds: readonly string[], from: IsoDate, to: IsoDate) {
  if (unitIds.length === 0) return [];
  return tx
    .selectFrom('tasks')
    .select(['unit_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('unit_id', 'in', [...unitIds])
    .where(sql<boolean>`escalated_at >= ${from}::date AND escalated_at < (${to}::date + 1)`)
    .groupBy('unit_id')
    .execute();
}
