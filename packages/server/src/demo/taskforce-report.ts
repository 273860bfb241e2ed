/**
 * Demo data for the taskforce course's analysis report and anchoring (issue 13 points 5 and 8):
 * Demo Kommune's report, published at the end of the analysis phase on the baseline package,
 * with the analysis under each theme and four recommendations (the housing one became the
 * plan's development point; the others wait to be chosen); and a draft anchoring plan.
 */
import { addDays, addMonths, type IsoDate, type MeasureId } from '@hjemvej/domain';
import type { Transaction } from 'kysely';
import { taskforceDataPackageContentSchema } from '@hjemvej/contract';
import type { Database } from '../database/schema';

type Tx = Transaction<Database>;

export async function seedDemoTaskforceReport(
  tx: Tx,
  today: IsoDate,
  values: {
    courseId: string;
    packageId: string;
    consultant: string;
    /** The development point the housing recommendation became, and the goal's measure (its evidence). */
    point: { id: string; measure: MeasureId };
    publishedOn: IsoDate;
    leader: { id: string };
  },
): Promise<void> {
  const { content } = await tx
    .selectFrom('taskforce_data_packages')
    .select('content')
    .where('id', '=', values.packageId)
    .executeTakeFirstOrThrow();
  const measures = new Set(taskforceDataPackageContentSchema.parse(content).figures.map((f) => f.measure));
  const publishedAt = new Date(`${values.publishedOn}T12:00:00+01:00`);
  const report = await tx
    .insertInto('taskforce_reports')
    .values({
      course_id: values.courseId,
      status: 'published',
      version: 3,
      data_package_id: values.packageId,
      summary:
        'Demo Kommune har en velfungerende modtagelse på forsorgshjemmet, men borgerne venter længe på egen bolig, og støtten efter indflytning afsluttes ofte før tid. Taskforcen anbefaler fire indsatser, som kommunen har valgt udviklingspunkter ud fra.',
      analyses: JSON.stringify({
        housing_supply:
          'Kommunen har anvisningsret til en fjerdedel af de ledige almene boliger, men bruger den ikke systematisk til borgere på forsorgshjem. Ventetiden fra borgeren er klar til indflytning er lang, og der er ingen fast aftale med boligselskaberne.',
        support_methods:
          'CTI og ICM bruges, men mange CTI-forløb afsluttes før de ni måneder. Overgangen fra forsorgshjem til støtte i egen bolig sker ofte uden et fælles møde.',
        organisation:
          'Myndighed, forsorgshjem og CTI-team arbejder godt sammen i enkeltsager, men der er ingen fælles flowbeskrivelse, og opgaver venter længe i indbakkerne mellem enhederne.',
        legal_quality:
          'Handleplaner efter § 141 tilbydes ikke systematisk, og afgørelser om § 85 a træffes ofte først efter udskrivning. Underretning af handlekommunen sker rettidigt.',
      }),
      published_at: publishedAt,
      published_by_user_id: values.consultant,
      created_at: addDaysAt(publishedAt, -14),
      updated_at: publishedAt,
      updated_by_user_id: values.consultant,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const recommendations = [
    {
      theme: 'housing_supply' as const,
      title: 'Fast aftale med boligselskaberne om anvisning til borgere på forsorgshjem',
      text: 'Brug anvisningsretten systematisk, og giv hver borger en boligplan fra første uge på forsorgshjemmet.',
      evidence_measure: values.point.measure,
      evidence_note: 'Interview med boligselskaberne og forsorgshjemmet.',
      development_point_id: values.point.id,
    },
    {
      theme: 'support_methods' as const,
      title: 'Gennemfør CTI-forløbene i fuld længde',
      text: 'Planlæg overgangen fra forsorgshjem til egen bolig med et fælles møde, og følg op på afbrudte forløb.',
      evidence_measure: measures.has('k10_cti_completed') ? ('k10_cti_completed' as const) : null,
      evidence_note: 'Støttemedarbejderne peger på, at forløb stopper, når borgeren flytter kommune.',
      development_point_id: null,
    },
    {
      theme: 'organisation' as const,
      title: 'Én fælles flowbeskrivelse fra indskrivning til egen bolig',
      text: 'Beskriv hvem der gør hvad og hvornår, og følg ventetiden mellem enhederne.',
      evidence_measure: null,
      evidence_note: '"Hvor går tiden?" i datapakken viser lange ventetider mellem myndighed og bolig.',
      development_point_id: null,
    },
    {
      theme: 'legal_quality' as const,
      title: 'Tilbyd handleplan efter § 141 til alle borgere på forsorgshjem',
      text: 'Tilbuddet og borgerens svar skrives i sagen, og afgørelsen om støtte træffes før udskrivning.',
      evidence_measure: null,
      evidence_note: 'Ankestyrelsens sagsgennemgang og interview med myndighed.',
      development_point_id: null,
    },
  ];
  await tx
    .insertInto('taskforce_recommendations')
    .values(
      recommendations.map((r, index) => ({
        ...r,
        report_id: report.id,
        created_by_user_id: values.consultant,
        created_at: addDaysAt(publishedAt, -7 + index),
      })),
    )
    .execute();

  // The anchoring plan the implementation team has begun: a draft, one item still without an owner.
  await tx
    .insertInto('taskforce_anchoring_plans')
    .values({
      course_id: values.courseId,
      status: 'draft',
      description: 'Det, kommunen fortsætter med efter forløbet, og hvordan styregruppen følger op.',
      updated_by_user_id: values.leader.id,
      updated_at: new Date(`${addDays(today, -3)}T10:00:00+01:00`),
    })
    .execute();
  await tx
    .insertInto('taskforce_anchoring_items')
    .values([
      {
        course_id: values.courseId,
        position: 0,
        title: 'Boligplan fra første uge på forsorgshjemmet',
        owner_user_id: values.leader.id,
        follow_up: 'Styregruppen følger op hvert kvartal',
        review_on: addMonths(today, 3),
      },
      {
        course_id: values.courseId,
        position: 1,
        title: 'Anvisningsaftalen med boligselskaberne genforhandles hvert år',
        owner_user_id: null,
        follow_up: '',
        review_on: null,
      },
    ])
    .execute();
}

function addDaysAt(at: Date, days: number): Date {
  return new Date(at.getTime() + days * 86_400_000);
}
