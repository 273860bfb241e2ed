/**
 * Who may do what with a task (the domain's rules). A caller who sees the task but may not
 * work it gets 403 `task_not_your_unit` naming the unit (audited as a refusal); a task that is
 * not visible at all was already 404.
 */
import { taskRules, type TaskFacts } from '@hjemvej/domain';
import { policyAbout } from '../../access/policy';
import { NotYourUnitError } from './task-errors';

type TaskSubject = TaskFacts & { readonly unitName: string };

const notYourUnit = (task: TaskSubject) => new NotYourUnitError(task.unitName);

export const taskPolicy = policyAbout<TaskSubject>()(taskRules, {
  work: notYourUnit,
  markUrgent: notYourUnit,
  reopen: notYourUnit,
});
