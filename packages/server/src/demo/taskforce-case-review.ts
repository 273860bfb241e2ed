/**
 * Demo data for Ankestyrelsen's legal case review in Demo Kommune's taskforce course: a sample
 * of five cases drawn by the documented rule from the agreement's data period (seeded, so it is
 * the same draw every time for the same data), the grant valid for two more months (within the
 * data clause), three cases reviewed, one of them with a pre-answer overruled with a note. The
 * read log starts empty: only real reads are logged (each with its audit event).
 */
import { addDays, describeSampleRule, drawCaseSample, isOverruled, type IsoDate } from '@hjemvej/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../database/schema';
import { systemLoadReviewCase } from '../modules/taskforce/taskforce-case-review-service';
import {
  insertCaseReview,
  insertReviewCases,
  replaceReviewAnswers,
  systemFindReviewPopulation,
} from '../modules/taskforce/taskforce-case-review-queries';

type Tx = Transaction<Database>;

const demoSeed = 'demo-ankestyrelsen';
const overruleNote = 'Handleplanen nævner ikke borgerens egne mål, kun kommunens. Forhåndssvaret tilsidesættes.';

export async function seedDemoCaseReview(tx: Tx, today: IsoDate): Promise<void> {
  const course = await tx
    .selectFrom('taskforce_courses as c')
    .innerJoin('organisations as o', 'o.id', 'c.municipality_id')
    .select([
      'c.id',
      'c.municipality_id as municipalityId',
      'c.data_period_from as from',
      'c.data_period_to as to',
      'c.data_valid_until as until',
    ])
    .where('o.name', '=', 'Demo Kommune')
    .where('o.is_demo', '=', true)
    .executeTakeFirst();
  const reviewer = await tx
    .selectFrom('users')
    .select(['id', 'organisation_id as organisationId', 'display_name as name'])
    .where('email', '=', 'ankestyrelsen@demo.hjemvej.dk')
    .executeTakeFirst();
  if (!course?.from || !course.to || !course.until || !reviewer) return;
  const population = await systemFindReviewPopulation(tx, course.municipalityId, course.from, course.to);
  const size = Math.min(5, population.length);
  if (size === 0) return;
  const rule = { periodFrom: course.from, periodTo: course.to, size, stratifyBy: 'shelter' as const, seed: demoSeed };
  const drawn = drawCaseSample(
    population.map((p) => ({ personId: p.personId, stratum: p.shelterId })),
    rule,
  );
  const label = new Map(population.map((p) => [p.shelterId, p.shelterName]));
  const accessUntil = [addDays(today, 60), course.until].sort()[0] ?? course.until;
  const reviewId = await insertCaseReview(tx, {
    course_id: course.id,
    municipality_id: course.municipalityId,
    reviewer_organisation_id: reviewer.organisationId,
    period_from: rule.periodFrom,
    period_to: rule.periodTo,
    size,
    stratify_by: rule.stratifyBy,
    seed: rule.seed,
    population_size: drawn.populationSize,
    strata: JSON.stringify(drawn.strata.map((s) => ({ ...s, label: label.get(s.stratum) ?? s.stratum }))),
    rule_text: describeSampleRule(rule, drawn.populationSize),
    purpose: 'Ankestyrelsens juridiske sagsgennemgang i taskforce-forløbets analysefase (samarbejdsaftalens dataklausul).',
    access_until: accessUntil,
    published_deadline_days: 42,
    drawn_by_user_id: reviewer.id,
    drawn_by_name: reviewer.name,
  });
  await insertReviewCases(
    tx,
    drawn.chosen.map((c, index) => ({
      review_id: reviewId,
      position: index + 1,
      citizen_id: c.personId,
      stratum: c.stratum,
      stratum_label: label.get(c.stratum) ?? c.stratum,
    })),
  );
  const cases = await tx
    .selectFrom('taskforce_case_review_cases')
    .select(['id', 'position', 'citizen_id as citizenId'])
    .where('review_id', '=', reviewId)
    .orderBy('position')
    .execute();
  // Three of the cases reviewed: the pre-answers confirmed, judged where the data cannot tell, one overruled in the first.
  for (const sampled of cases.slice(0, 3)) {
    const { preAnswers } = await systemLoadReviewCase(tx, rule, sampled.citizenId, today);
    const overrule = sampled.position === 1 ? preAnswers.find((p) => p.answer === 'yes')?.checkpoint : undefined;
    const rows = preAnswers.map((p) => {
      const answer = p.checkpoint === overrule ? 'no' : (p.answer ?? 'yes');
      return {
        case_id: sampled.id,
        checkpoint: p.checkpoint,
        pre_answer: p.answer,
        answer,
        note: isOverruled(p.answer, answer) ? overruleNote : '',
      } as const;
    });
    await replaceReviewAnswers(tx, sampled.id, rows, { id: reviewer.id, name: reviewer.name });
  }
}
