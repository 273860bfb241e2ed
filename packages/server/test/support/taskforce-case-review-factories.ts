/** A legal case review for tests, written straight to the database. */
import type { Db } from '../../src/database/connection';

/** A review of the course by the agency, its grant running 30 days, with the citizen as its one sampled case. */
export async function createTaskforceCaseReview(
  db: Db,
  values: { courseId: string; municipalityId: string; reviewerOrganisationId: string; citizenId: string },
) {
  const accessUntil = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const review = await db
    .insertInto('taskforce_case_reviews')
    .values({
      course_id: values.courseId,
      municipality_id: values.municipalityId,
      reviewer_organisation_id: values.reviewerOrganisationId,
      period_from: '2025-01-01',
      period_to: '2025-06-30',
      size: 1,
      stratify_by: 'none',
      seed: 'ejerens-frø',
      population_size: 1,
      strata: JSON.stringify([{ stratum: 'all', label: 'Alle', population: 1, drawn: 1 }]),
      rule_text: 'Ejerens stikprøveregel',
      purpose: 'Ejerens sagsgennemgang',
      access_until: accessUntil,
      drawn_by_user_id: null,
      drawn_by_name: 'Ejerens sagsgennemganger',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const sampled = await db
    .insertInto('taskforce_case_review_cases')
    .values({ review_id: review.id, position: 1, citizen_id: values.citizenId, stratum: 'all', stratum_label: 'Alle' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: review.id, caseId: sampled.id };
}
