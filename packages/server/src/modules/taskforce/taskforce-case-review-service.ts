/**
 * Ankestyrelsen's legal case review in a taskforce course (issue 13 point 4).
 *
 * A reviewer draws the sample by the domain's documented, seeded rule from the municipality's
 * population (persons with the municipality as handlekommune and a § 110 stay in the period),
 * stating the purpose and how long access is needed; the collaboration agreement's data clause
 * bounds it (the grant cannot outlast the clause, and the period must lie within the clause's).
 * While the grant is valid (not ended by the municipality's administrator, within its date and
 * the clause's), the review's reviewers read the sampled cases only, through a narrow view of
 * the facts the checkpoints need, each read audited for the municipality with the citizen as
 * subject and logged for the administrator; afterwards every read answers 404. Each checkpoint is
 * pre-answered from the data (`preAnswerCase`, reusing the legal checks' evaluation) and the
 * reviewer confirms or overrules it (a note required to overrule). The results per checkpoint
 * are exact inside the circle (the municipality, the reviewers) and suppressed outside it.
 */
import { randomBytes } from 'node:crypto';
import {
  caseReviewCheckpoints,
  describeSampleRule,
  drawCaseSample,
  findCaseReviewAnswerProblems,
  findGrantProblem,
  findSampleProblem,
  formatCaseReviewSource,
  housingCategoryDefinitions,
  isCaseReviewGrantValid,
  isOverruled,
  preAnswerCase,
  suppressShare,
  tallyCaseReview,
  type CaseReviewAnswer,
  type CaseReviewFacts,
  type HousingCategory,
  type IsoDate,
  type TaskforceCaseReviewFacts,
} from '@hjemvej/domain';
import type { AnswerReviewCaseBody, DrawCaseSampleBody, TaskforceCaseReview, TaskforceReviewCase } from '@hjemvej/contract';
import { z } from 'zod';
import { abilitiesFor, authorize } from '../../access/policy';
import { formatDate, todayInDenmark } from '../../calendar/danish-time';
import { unsafeFindPersonRecordIds } from '../../course/person-queries';
import { AppError, ConflictError, NotFoundError, UnprocessableError } from '../../http/errors';
import type { DataContext } from '../../http/secured-route';
import { toCourseSnapshot } from '../legal-checks/course-snapshot';
import type { TaskforceCourseRow } from './taskforce-course-queries';
import {
  endCaseReviewGrantRow,
  findCaseReview,
  findReviewAnswers,
  findReviewCase,
  findReviewCases,
  findReviewReads,
  insertCaseReview,
  insertReviewCases,
  insertReviewRead,
  replaceReviewAnswers,
  systemFindCategoriesOn,
  systemFindReviewAllocations,
  systemFindReviewAssessments,
  systemFindReviewCitizen,
  systemFindReviewDecisions,
  systemFindReviewPlans,
  systemFindReviewPopulation,
  systemFindReviewStays,
  type CaseReviewRow,
} from './taskforce-case-review-queries';
import { taskforceCaseReviewPolicy } from './taskforce-case-review-policy';
import { describeTaskforceCourse, describeTaskforceCoursePart, requireTaskforceCourse } from './taskforce-course-access';

const strataSchema = z.array(z.object({ stratum: z.string(), label: z.string(), population: z.number(), drawn: z.number() }));

/** What a stored plan's content tells the § 141 content checkpoint (counted, never shown). */
const planContentCountsSchema = z
  .object({
    goals: z.array(z.unknown()).catch([]),
    responsible: z.array(z.unknown()).catch([]),
    followUps: z.array(z.unknown()).catch([]),
    citizenWishes: z.string().nullable().catch(null),
  })
  .catch({ goals: [], responsible: [], followUps: [], citizenWishes: null });

function reviewFacts(course: TaskforceCourseRow, review: CaseReviewRow | null, today: IsoDate): TaskforceCaseReviewFacts {
  return {
    municipalityId: course.municipalityId,
    reviewerOrganisationId: review?.reviewerOrganisationId ?? null,
    grantValid: review ? isCaseReviewGrantValid(review, course.dataValidUntil, today) : false,
  };
}

const checkpointDefinitions = caseReviewCheckpoints.map((c) => ({
  id: c.id,
  group: c.group,
  source: formatCaseReviewSource(c.source),
  sourceUrl: c.source.url ?? null,
  preAnswered: c.preAnswered,
  reusesRule: c.reusesRule,
}));

async function presentCaseReview(ctx: DataContext, course: TaskforceCourseRow): Promise<TaskforceCaseReview> {
  const today = todayInDenmark();
  const review = await findCaseReview(ctx.tx, course.id);
  const facts = reviewFacts(course, review, today);
  const abilities = abilitiesFor(ctx, taskforceCaseReviewPolicy, facts);
  if (!review) return { courseId: course.id, checkpoints: checkpointDefinitions, abilities, review: null };
  const cases = await findReviewCases(ctx.tx, review.id);
  const answers = await findReviewAnswers(ctx.tx, review.id);
  const reviewed = cases.filter((c) => c.reviewedAt !== null).map((c) => ({ answers: answers.filter((a) => a.caseId === c.id) }));
  const tallies = tallyCaseReview(reviewed);
  const results = tallies.map((tally) => {
    if (abilities.canSeeExactResults) {
      const answered = tally.yes + tally.no;
      return {
        checkpoint: tally.checkpoint,
        share: { kind: 'value' as const, share: answered === 0 ? null : tally.yes / answered, yes: tally.yes, no: tally.no },
        notApplicable: tally.notApplicable,
        overruled: tally.overruled,
      };
    }
    const published = suppressShare(tally.yes, tally.yes + tally.no);
    return {
      checkpoint: tally.checkpoint,
      share:
        published.kind === 'value'
          ? {
              kind: 'value' as const,
              share: published.share,
              yes: published.numerator,
              no: published.denominator - published.numerator,
            }
          : { kind: 'suppressed' as const, label: published.label },
      notApplicable: null,
      overruled: null,
    };
  });
  const reads = abilities.canSeeReadLog ? await findReviewReads(ctx.tx, review.id) : null;
  return {
    courseId: course.id,
    checkpoints: checkpointDefinitions,
    abilities,
    review: {
      id: review.id,
      periodFrom: review.periodFrom,
      periodTo: review.periodTo,
      size: review.size,
      stratifyBy: review.stratifyBy,
      seed: review.seed,
      populationSize: review.populationSize,
      strata: strataSchema.catch([]).parse(review.strata),
      ruleText: review.ruleText,
      drawnBy: review.drawnBy,
      drawnAt: review.drawnAt.toISOString(),
      publishedDeadlineDays: review.publishedDeadlineDays,
      grant: {
        purpose: review.purpose,
        accessUntil: review.accessUntil,
        agreementValidUntil: course.dataValidUntil,
        isValid: facts.grantValid,
        endedAt: review.endedAt?.toISOString() ?? null,
        endedBy: review.endedBy,
      },
      cases: cases.map((c) => ({
        id: c.id,
        position: c.position,
        stratumLabel: c.stratumLabel,
        isReviewed: c.reviewedAt !== null,
        reviewedAt: c.reviewedAt?.toISOString() ?? null,
        reviewedBy: c.reviewedBy,
      })),
      reviewedCount: reviewed.length,
      results,
      reads:
        reads?.map((r) => ({ caseId: r.caseId, position: r.position, userName: r.userName, readAt: r.readAt.toISOString() })) ??
        null,
    },
  };
}

export async function readTaskforceCaseReview(ctx: DataContext, courseId: string): Promise<TaskforceCaseReview> {
  const course = await requireTaskforceCourse(ctx, courseId);
  const answer = await presentCaseReview(ctx, course);
  describeTaskforceCourse(ctx, course, { caseReview: answer.review?.id ?? null, reads: answer.review?.reads?.length ?? null });
  return answer;
}

export async function drawTaskforceCaseSample(
  ctx: DataContext,
  courseId: string,
  body: DrawCaseSampleBody,
): Promise<TaskforceCaseReview> {
  const course = await requireTaskforceCourse(ctx, courseId, true);
  const today = todayInDenmark();
  authorize(ctx, taskforceCaseReviewPolicy.drawSample, reviewFacts(course, null, today));
  if (await findCaseReview(ctx.tx, course.id, true)) throw new ConflictError('taskforce_review_exists');
  if (body.periodTo < body.periodFrom) throw new UnprocessableError('taskforce_review_period_reversed', 'periodTo');
  const grantProblem = findGrantProblem(
    body,
    { periodFrom: course.dataPeriodFrom, periodTo: course.dataPeriodTo, validUntil: course.dataValidUntil },
    today,
  );
  if (grantProblem)
    throw new UnprocessableError(
      `taskforce_${grantProblem.code}`,
      grantProblem.field,
      'date' in grantProblem ? { date: formatDate(ctx.locale, grantProblem.date) } : {},
    );

  const population = await systemFindReviewPopulation(ctx.tx, course.municipalityId, body.periodFrom, body.periodTo);
  const problem = findSampleProblem(body, population.length);
  if (problem)
    throw new UnprocessableError(`taskforce_${problem.code}`, problem.field, { population: population.length, size: body.size });
  const categories = new Map<string, HousingCategory>();
  if (body.stratifyBy === 'category')
    for (const row of await systemFindCategoriesOn(
      ctx.tx,
      population.map((p) => p.personId),
      body.periodTo,
    ))
      categories.set(row.personId, row.category);
  const stratumOf = (p: (typeof population)[number]) =>
    body.stratifyBy === 'shelter'
      ? p.shelterId
      : body.stratifyBy === 'category'
        ? (categories.get(p.personId) ?? 'unknown')
        : 'all';
  const labels = new Map<string, string>([['all', 'Alle']]);
  for (const p of population) labels.set(p.shelterId, p.shelterName);
  const labelOf = (stratum: string) =>
    labels.get(stratum) ?? housingCategoryDefinitions[stratum as HousingCategory]?.labelDa ?? stratum;

  const rule = {
    periodFrom: body.periodFrom,
    periodTo: body.periodTo,
    size: body.size,
    stratifyBy: body.stratifyBy,
    seed: body.seed ?? randomBytes(8).toString('hex'),
  };
  const drawn = drawCaseSample(
    population.map((p) => ({ personId: p.personId, stratum: stratumOf(p) })),
    rule,
  );
  const reviewId = await insertCaseReview(ctx.tx, {
    course_id: course.id,
    municipality_id: course.municipalityId,
    reviewer_organisation_id: ctx.actor.organisationId,
    period_from: rule.periodFrom,
    period_to: rule.periodTo,
    size: rule.size,
    stratify_by: rule.stratifyBy,
    seed: rule.seed,
    population_size: drawn.populationSize,
    strata: JSON.stringify(drawn.strata.map((s) => ({ ...s, label: labelOf(s.stratum) }))),
    rule_text: describeSampleRule(rule, drawn.populationSize),
    purpose: body.purpose,
    access_until: body.accessUntil,
    published_deadline_days: body.publishedDeadlineDays ?? null,
    drawn_by_user_id: ctx.actor.userId,
    drawn_by_name: ctx.actor.displayName,
  });
  await insertReviewCases(
    ctx.tx,
    drawn.chosen.map((c, index) => ({
      review_id: reviewId,
      position: index + 1,
      citizen_id: c.personId,
      stratum: c.stratum,
      stratum_label: labelOf(c.stratum),
    })),
  );
  describeTaskforceCoursePart(ctx, course, 'taskforce_case_review', reviewId, {
    periodFrom: rule.periodFrom,
    periodTo: rule.periodTo,
    size: rule.size,
    stratifyBy: rule.stratifyBy,
    seed: rule.seed,
    populationSize: drawn.populationSize,
    accessUntil: body.accessUntil,
    purpose: body.purpose,
    sampledCitizenIds: drawn.chosen.map((c) => c.personId),
  });
  return presentCaseReview(ctx, course);
}

/** The review and the sampled case, for a reviewer of the review under a valid grant; 404 otherwise. */
async function requireReviewCase(ctx: DataContext, courseId: string, caseId: string, forUpdate = false) {
  const course = await requireTaskforceCourse(ctx, courseId);
  const today = todayInDenmark();
  const review = await findCaseReview(ctx.tx, course.id);
  if (!review) throw new NotFoundError();
  authorize(ctx, taskforceCaseReviewPolicy.review, reviewFacts(course, review, today));
  const sampled = await findReviewCase(ctx.tx, review.id, caseId, forUpdate);
  if (!sampled) throw new NotFoundError();
  return { course, review, sampled, today };
}

type Loaded = Awaited<ReturnType<typeof requireReviewCase>>;

/**
 * The sampled person's facts and their pre-answers, outside the citizen scope: called after the
 * review policy has allowed the read (the grant is the reviewer's access), and by the demo seed.
 */
export async function systemLoadReviewCase(
  tx: DataContext['tx'],
  review: { readonly periodFrom: IsoDate; readonly periodTo: IsoDate },
  citizenId: string,
  today: IsoDate,
) {
  const recordIds = await unsafeFindPersonRecordIds(tx, citizenId);
  const citizen = await systemFindReviewCitizen(tx, citizenId);
  if (!citizen) throw new NotFoundError();
  const stays = await systemFindReviewStays(tx, recordIds);
  const plans = await systemFindReviewPlans(tx, recordIds);
  const decisions = await systemFindReviewDecisions(tx, recordIds);
  const allocations = await systemFindReviewAllocations(tx, recordIds);
  const assessments = await systemFindReviewAssessments(tx, recordIds);
  const snapshot = toCourseSnapshot(citizen.id, { stays, plans, decisions, allocations, courses: [], phases: [] });
  const facts: CaseReviewFacts = {
    snapshot,
    periodFrom: review.periodFrom,
    periodTo: review.periodTo,
    today,
    handlekommuneName: citizen.handlekommune,
    stays,
    plans: plans.map((p) => {
      const content = planContentCountsSchema.parse(p.content);
      return {
        id: p.id,
        kind: p.kind,
        madeOn: p.madeOn,
        endedOn: p.endedOn,
        goals: content.goals.length,
        responsible: content.responsible.length,
        followUps: content.followUps.length,
        hasCitizenWishes: (content.citizenWishes ?? '').trim() !== '',
      };
    }),
    decisions: decisions.map((d) => ({
      id: d.id,
      kind: d.kind,
      outcome: d.outcome,
      method: d.method,
      decidedOn: d.decidedOn,
      periodFrom: d.periodFrom,
      hasReasons: (d.reasons ?? '').trim() !== '',
      hasAppealGuidance: d.appealGuidance.trim() !== '',
    })),
    assessmentDates: assessments.map((a) => a.assessedOn),
  };
  return { citizen, stays, plans, decisions, assessments, preAnswers: preAnswerCase(facts) };
}

const loadCase = (ctx: DataContext, { review, sampled, today }: Loaded) =>
  systemLoadReviewCase(ctx.tx, review, sampled.citizenId, today);

async function presentReviewCase(ctx: DataContext, loaded: Loaded): Promise<TaskforceReviewCase> {
  const { course, review, sampled } = loaded;
  const { citizen, stays, plans, decisions, assessments, preAnswers } = await loadCase(ctx, loaded);
  const current = await findReviewCase(ctx.tx, review.id, sampled.id);
  const answers = (await findReviewAnswers(ctx.tx, review.id)).filter((a) => a.caseId === sampled.id);
  const name = [citizen.firstName, citizen.lastName].filter(Boolean).join(' ') || citizen.alias || '–';
  return {
    id: sampled.id,
    courseId: course.id,
    position: sampled.position,
    stratumLabel: sampled.stratumLabel,
    citizen: { id: citizen.id, name, birthDate: citizen.birthDate, handlekommune: citizen.handlekommune },
    stays,
    plans: plans.map((p) => ({ id: p.id, kind: p.kind, madeOn: p.madeOn, endedOn: p.endedOn })),
    decisions,
    assessments,
    checkpoints: preAnswers.map((pre) => {
      const given = answers.find((a) => a.checkpoint === pre.checkpoint);
      return {
        checkpoint: pre.checkpoint,
        preAnswer: pre.answer,
        evidence: pre.evidence.map((e) => ({ code: e.code, facts: { ...e.facts } })),
        answer: given?.answer ?? null,
        note: given?.note ?? '',
        isOverruled: given ? isOverruled(given.preAnswer, given.answer) : false,
      };
    }),
    isReviewed: current?.reviewedAt != null,
    reviewedBy: current?.reviewedBy ?? null,
    reviewedAt: current?.reviewedAt?.toISOString() ?? null,
    grantUntil: review.accessUntil,
  };
}

function describeCaseRead(ctx: DataContext, loaded: Loaded, extra: Record<string, unknown> = {}) {
  ctx.describe({
    subjectType: 'taskforce_case_review_case',
    subjectId: loaded.sampled.id,
    citizenId: loaded.sampled.citizenId,
    dataOrganisationId: loaded.course.municipalityId,
    changes: {
      courseId: loaded.course.id,
      reviewId: loaded.review.id,
      position: loaded.sampled.position,
      purpose: loaded.review.purpose,
      grantUntil: loaded.review.accessUntil,
      ...extra,
    },
  });
}

export async function readTaskforceReviewCase(ctx: DataContext, courseId: string, caseId: string): Promise<TaskforceReviewCase> {
  const loaded = await requireReviewCase(ctx, courseId, caseId);
  const answer = await presentReviewCase(ctx, loaded);
  await insertReviewRead(ctx.tx, loaded.sampled.id, { id: ctx.actor.userId, name: ctx.actor.displayName });
  describeCaseRead(ctx, loaded);
  return answer;
}

export async function answerTaskforceReviewCase(
  ctx: DataContext,
  courseId: string,
  caseId: string,
  body: AnswerReviewCaseBody,
): Promise<TaskforceReviewCase> {
  const loaded = await requireReviewCase(ctx, courseId, caseId, true);
  const { preAnswers } = await loadCase(ctx, loaded);
  const answers = body.answers.map((a) => ({ checkpoint: a.checkpoint, answer: a.answer, note: a.note ?? null }));
  const problems = findCaseReviewAnswerProblems(answers, preAnswers);
  if (problems.length > 0)
    throw new AppError(
      422,
      'validation_failed',
      {},
      problems.map((p) => ({ path: p.field, code: `taskforce_${p.code}` as const })),
    );
  const rows = answers.map((a) => {
    const pre = preAnswers.find((p) => p.checkpoint === a.checkpoint)?.answer ?? null;
    // The check above has refused a missing answer; narrowed here for the compiler.
    const answer: CaseReviewAnswer = a.answer ?? 'not_applicable';
    return { case_id: loaded.sampled.id, checkpoint: a.checkpoint, pre_answer: pre, answer, note: a.note ?? '' };
  });
  await replaceReviewAnswers(ctx.tx, loaded.sampled.id, rows, { id: ctx.actor.userId, name: ctx.actor.displayName });
  await insertReviewRead(ctx.tx, loaded.sampled.id, { id: ctx.actor.userId, name: ctx.actor.displayName });
  describeCaseRead(ctx, loaded, {
    answers: rows.map((r) => ({ checkpoint: r.checkpoint, preAnswer: r.pre_answer, answer: r.answer })),
  });
  return presentReviewCase(ctx, loaded);
}

export async function endTaskforceCaseReviewGrant(ctx: DataContext, courseId: string): Promise<TaskforceCaseReview> {
  const course = await requireTaskforceCourse(ctx, courseId, true);
  const review = await findCaseReview(ctx.tx, course.id, true);
  if (!review) throw new NotFoundError();
  authorize(ctx, taskforceCaseReviewPolicy.endGrant, reviewFacts(course, review, todayInDenmark()));
  await endCaseReviewGrantRow(ctx.tx, review.id, { id: ctx.actor.userId, name: ctx.actor.displayName });
  describeTaskforceCoursePart(ctx, course, 'taskforce_case_review', review.id, { endedGrantUntil: review.accessUntil });
  return presentCaseReview(ctx, course);
}
