import { ForbiddenError } from '../../http/errors';
import type { MessageCode } from '../../http/messages';

/**
 * The task is visible to the caller (e.g. a caseworker sees every task of their citizen) but
 * belongs to another unit: 403 naming the unit, audited as a refusal like every 403. A task
 * that is not visible at all is 404, like one that does not exist.
 */
export class NotYourUnitError extends ForbiddenError {
  override readonly code: MessageCode = 'task_not_your_unit';
  constructor(unitName: string) {
    super();
    Object.assign(this.params, { unit: unitName });
  }
}
