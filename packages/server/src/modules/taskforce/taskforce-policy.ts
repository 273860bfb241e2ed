/** Who may do what with a taskforce application or course: the domain's rules, refused with 403. */
import {
  taskforceApplicationRules,
  taskforceCourseRules,
  type TaskforceApplicationFacts,
  type TaskforceCourseFacts,
} from '@hjemvej/domain';
import { policyAbout } from '../../access/policy';

export const taskforceApplicationPolicy = policyAbout<TaskforceApplicationFacts>()(taskforceApplicationRules);
export const taskforceCoursePolicy = policyAbout<TaskforceCourseFacts>()(taskforceCourseRules);
