/** Test data builders shared by the domain's unit tests: a whole record with plain defaults, changed by overrides. */
import { wholeFlowcardStep, type FlowcardStep } from '../flowcard/definition';

/** A flowcard step that starts at once, takes 3 working days and needs nothing. */
export function flowcardStep(key: string, overrides: Partial<FlowcardStep> = {}): FlowcardStep {
  return wholeFlowcardStep({ key, title: key, responsibleUnitId: 'unit', deadlineWorkingDays: 3, ...overrides });
}
