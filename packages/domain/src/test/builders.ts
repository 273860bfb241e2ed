/** Test data builders shared by the domain's unit tests: a whole record with plain defaults, changed by overrides. */
import type { FlowcardStep } from '../flowcard/definition';

/** A flowcard step that starts at once, takes 3 working days and needs nothing. */
export function flowcardStep(key: string, overrides: Partial<FlowcardStep> = {}): FlowcardStep {
  return {
    key,
    title: key,
    description: '',
    responsibleUnitId: 'unit',
    deadlineWorkingDays: 3,
    urgentDeadlineWorkingDays: null,
    deadlineFrom: { kind: 'start' },
    dependsOn: [],
    checklist: [],
    requiredDocuments: [],
    notes: '',
    doneWhen: null,
    ...overrides,
  };
}
