/**
 * A flowcard version's steps as stored (`flowcard_versions.steps`, domain FlowcardStep[]).
 * Written and validated by the flowcards module; read defensively here.
 */
import { z } from 'zod';
import { flowcardCourseSignals, type FlowcardStep } from '@hjemvej/domain';
import { readStoredJson } from '../../database/stored-json';

const stepSchema = z.object({
  key: z.string(),
  title: z.string(),
  description: z.string().default(''),
  responsibleUnitId: z.string(),
  deadlineWorkingDays: z.number().int().min(0),
  urgentDeadlineWorkingDays: z.number().int().min(0).nullable().default(null),
  deadlineFrom: z.union([
    z.object({ kind: z.literal('start') }),
    z.object({ kind: z.literal('step_done'), stepKey: z.string() }),
  ]),
  dependsOn: z.array(z.string()).default([]),
  checklist: z.array(z.string()).default([]),
  requiredDocuments: z.array(z.string()).default([]),
  notes: z.string().default(''),
  doneWhen: z.enum(flowcardCourseSignals).nullable().default(null),
});

export function readFlowcardSteps(value: unknown): FlowcardStep[] | null {
  return readStoredJson(z.array(stepSchema), value, null);
}
