/** Who may do what with a course's legal case review: the domain's rules. */
import { taskforceCaseReviewRules, type TaskforceCaseReviewFacts } from '@hjemvej/domain';
import { policyAbout } from '../../access/policy';
import { NotFoundError } from '../../http/errors';

/** A refused person-level read or answer is "not yours" (404), like a case that does not exist. */
export const taskforceCaseReviewPolicy = policyAbout<TaskforceCaseReviewFacts>()(taskforceCaseReviewRules, {
  review: () => new NotFoundError(),
});
