/**
 * Flowcards (arbejdsgangsbeskrivelser): the municipality's written workflows as ordered steps
 * with a responsible unit (own or a partner's), a deadline in working days, dependencies,
 * checklists, required documents and notes. Every saved version is kept; two versions can be
 * compared.
 *
 * These schemas check shape only. Whether the steps make a workable card (no cycle, every step
 * has a known unit, anchors among the dependencies) is the domain's `validateFlowcard`, answered
 * with 422 naming the step and what to fix.
 */
import { z } from 'zod';
import { flowcardCourseSignals } from '@hjemvej/domain';
import { idParamsSchema, idSchema, textSchema, versionNumberSchema } from './common';
import { unitKindSchema } from './auth';
import { defineRoute } from './route';
import { changeStamps } from './record-stamps';
import {
  compareQuerySchema,
  savedBySchema,
  versionComparisonSchema,
  versionedRecordStamps,
  versionParamsSchema,
  versionSummarySchema,
} from './versioning';

const versionSchema = versionNumberSchema;
const optionalText = (max: number) => z.string().trim().max(max).default('');
const listOfText = z.array(z.string().trim().max(300)).max(50).default([]);
/** Stable step keys: lower-case letters, digits, '-' and '_' (they appear in paths such as 'steps.notify.title'). */
export const flowcardStepKeySchema = z
  .string()
  .trim()
  .max(60)
  .regex(/^[a-z0-9_-]*$/);

export const flowcardCourseSignalSchema = z.enum(flowcardCourseSignals);

export const flowcardDeadlineAnchorSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('start') }),
  z.object({ kind: z.literal('step_done'), stepKey: flowcardStepKeySchema }),
]);

const workingDays = z.number().int().min(0).max(260);

/** A step as the editor sends it; a missing unit is allowed here and refused by the rules with a clear message. */
export const flowcardStepInputSchema = z.object({
  key: flowcardStepKeySchema,
  title: z.string().trim().max(200),
  description: optionalText(4000),
  responsibleUnitId: idSchema.nullable(),
  deadlineWorkingDays: workingDays,
  urgentDeadlineWorkingDays: workingDays.nullable().default(null),
  deadlineFrom: flowcardDeadlineAnchorSchema.default({ kind: 'start' }),
  dependsOn: z.array(flowcardStepKeySchema).max(60).default([]),
  checklist: listOfText,
  requiredDocuments: listOfText,
  notes: optionalText(4000),
  doneWhen: flowcardCourseSignalSchema.nullable().default(null),
});
export type FlowcardStepInput = z.input<typeof flowcardStepInputSchema>;

export const flowcardStepSchema = z.object({
  key: z.string(),
  title: z.string(),
  description: z.string(),
  responsibleUnitId: idSchema,
  deadlineWorkingDays: z.number().int(),
  urgentDeadlineWorkingDays: z.number().int().nullable(),
  deadlineFrom: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('start') }),
    z.object({ kind: z.literal('step_done'), stepKey: z.string() }),
  ]),
  dependsOn: z.array(z.string()),
  checklist: z.array(z.string()),
  requiredDocuments: z.array(z.string()),
  notes: z.string(),
  doneWhen: flowcardCourseSignalSchema.nullable(),
});
export type FlowcardStepView = z.infer<typeof flowcardStepSchema>;

export const createFlowcardBodySchema = z.object({
  name: textSchema(160),
  description: optionalText(4000),
  steps: z.array(flowcardStepInputSchema).max(60),
  changeNote: z.string().trim().max(1000).optional(),
});
export type CreateFlowcardBody = z.input<typeof createFlowcardBodySchema>;

/** A change saves the whole card as a new version; `version` is the one the user saw. */
export const updateFlowcardBodySchema = createFlowcardBodySchema.extend({ version: versionSchema });
export type UpdateFlowcardBody = z.input<typeof updateFlowcardBodySchema>;

export const archiveFlowcardBodySchema = z.object({ isArchived: z.boolean() });
export type ArchiveFlowcardBody = z.infer<typeof archiveFlowcardBodySchema>;

/** A unit a step may be given to: one of the own organisation's, or of one of its partners. */
export const flowcardUnitSchema = z.object({
  id: idSchema,
  name: z.string(),
  kind: unitKindSchema,
  organisationId: idSchema,
  organisationName: z.string(),
  isOwn: z.boolean(),
  isActive: z.boolean(),
});
export type FlowcardUnit = z.infer<typeof flowcardUnitSchema>;
export const flowcardUnitListSchema = z.object({ items: z.array(flowcardUnitSchema) });

export const flowcardSchema = z.object({
  id: idSchema,
  name: z.string(),
  description: z.string(),
  isArchived: z.boolean(),
  steps: z.array(flowcardStepSchema),
  /** The units the steps name (a partner's unit that is no longer a partner's is left out). */
  units: z.array(flowcardUnitSchema),
  ...versionedRecordStamps,
});
export type Flowcard = z.infer<typeof flowcardSchema>;

export const flowcardListQuerySchema = z.object({
  includeArchived: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
});
export const flowcardSummarySchema = z.object({
  id: idSchema,
  name: z.string(),
  description: z.string(),
  isArchived: z.boolean(),
  stepCount: z.number().int(),
  unitNames: z.array(z.string()),
  updatedBy: z.string().nullable(),
  ...changeStamps,
});
export type FlowcardSummary = z.infer<typeof flowcardSummarySchema>;
export const flowcardListSchema = z.object({ items: z.array(flowcardSummarySchema) });

/** A flowcard template (the demo's workflows, from seed 004) as a draft for the caller's organisation. */
export const flowcardTemplateStepSchema = flowcardStepSchema.extend({
  /** The unit proposed from the organisation's own and partners' units; null when the leader must choose. */
  responsibleUnitId: idSchema.nullable(),
  /** The unit the template names, to show the leader what kind of unit the step needs. */
  suggestedUnit: z.object({
    name: z.string(),
    kind: unitKindSchema,
    at: z.enum(['municipality', 'shelter', 'housing_association', 'ngo']),
  }),
});
export type FlowcardTemplateStepView = z.infer<typeof flowcardTemplateStepSchema>;
export const flowcardTemplateSchema = z.object({
  key: z.string(),
  name: z.string(),
  description: z.string(),
  source: z.string(),
  steps: z.array(flowcardTemplateStepSchema),
});
export type FlowcardTemplateView = z.infer<typeof flowcardTemplateSchema>;
export const flowcardTemplateListSchema = z.object({ items: z.array(flowcardTemplateSchema) });

/** A flowcard of a municipality the caller's organisation is a partner of, with the steps in the caller's units. */
export const flowcardLaneSchema = z.object({
  id: idSchema,
  name: z.string(),
  organisationName: z.string(),
  stepCount: z.number().int(),
  steps: z.array(
    z.object({
      key: z.string(),
      /** 1-based place in the card. */
      position: z.number().int(),
      title: z.string(),
      unitName: z.string(),
      deadlineWorkingDays: z.number().int(),
    }),
  ),
});
export type FlowcardLane = z.infer<typeof flowcardLaneSchema>;
export const flowcardLaneListSchema = z.object({ items: z.array(flowcardLaneSchema) });

export const flowcardVersionListSchema = z.object({
  id: idSchema,
  items: z.array(versionSummarySchema.extend({ changeNote: z.string().nullable() })),
  /** Step titles by key (the latest version's title winning), to name 'steps.<key>' in changedFields. */
  stepTitles: z.record(z.string(), z.string()),
});
export type FlowcardVersionList = z.infer<typeof flowcardVersionListSchema>;

export const flowcardVersionSchema = z.object({
  id: idSchema,
  version: z.number().int(),
  savedBy: savedBySchema,
  changeNote: z.string().nullable(),
  name: z.string(),
  description: z.string(),
  steps: z.array(flowcardStepSchema),
  units: z.array(flowcardUnitSchema),
});
export type FlowcardVersion = z.infer<typeof flowcardVersionSchema>;

/** Two versions compared: paths such as 'steps.<key>.deadlineWorkingDays'; units by name, steps by title. */
export const flowcardComparisonSchema = versionComparisonSchema.extend({ stepTitles: z.record(z.string(), z.string()) });
export type FlowcardComparison = z.infer<typeof flowcardComparisonSchema>;

// Flowcards describe how the organisation works, not any citizen: reading them needs only
// 'organisation.read'; writing needs 'flowcards.manage'.
export const flowcardsRoutes = {
  list: defineRoute({
    name: 'listFlowcards',
    method: 'GET',
    path: '/api/flowcards',
    summary: 'The organisation’s flowcards (workflow descriptions); ?includeArchived=true for archived ones too',
    tags: ['flowcards'],
    permission: 'organisation.read',
    audit: null,
    shape: 'collection',
    query: flowcardListQuerySchema,
    response: flowcardListSchema,
  }),
  unitOptions: defineRoute({
    name: 'listFlowcardUnitOptions',
    method: 'GET',
    path: '/api/flowcards/unit-options',
    summary: 'The units a step may be given to: the organisation’s own active units and its partners’',
    tags: ['flowcards'],
    permission: 'organisation.read',
    audit: null,
    shape: 'collection',
    response: flowcardUnitListSchema,
  }),
  lanes: defineRoute({
    name: 'listMyFlowcardLanes',
    method: 'GET',
    path: '/api/flowcards/lanes',
    summary:
      'The flowcards of the municipalities the caller’s organisation partners with that have a step in one of the caller’s units',
    tags: ['flowcards'],
    permission: 'tasks.work',
    audit: null,
    shape: 'collection',
    response: flowcardLaneListSchema,
  }),
  templates: defineRoute({
    name: 'listFlowcardTemplates',
    method: 'GET',
    path: '/api/flowcards/templates',
    summary: 'Workflows to copy (from seed 004), each step with the caller’s unit proposed where one fits',
    tags: ['flowcards'],
    permission: 'flowcards.manage',
    audit: null,
    shape: 'collection',
    response: flowcardTemplateListSchema,
  }),
  create: defineRoute({
    name: 'createFlowcard',
    method: 'POST',
    path: '/api/flowcards',
    summary: 'Write a flowcard: ordered steps with unit, deadline, dependencies (422 naming what to fix)',
    tags: ['flowcards'],
    permission: 'flowcards.manage',
    audit: 'flowcard.create',
    shape: 'collection',
    body: createFlowcardBodySchema,
    response: flowcardSchema,
    status: 201,
  }),
  read: defineRoute({
    name: 'getFlowcard',
    method: 'GET',
    path: '/api/flowcards/:id',
    summary: 'One flowcard as it is now, with the units its steps name',
    tags: ['flowcards'],
    permission: 'organisation.read',
    audit: null,
    shape: 'item',
    params: idParamsSchema,
    response: flowcardSchema,
  }),
  update: defineRoute({
    name: 'updateFlowcard',
    method: 'PUT',
    path: '/api/flowcards/:id',
    summary: 'Save a new version of the flowcard (409 naming who changed what when someone saved first)',
    tags: ['flowcards'],
    permission: 'flowcards.manage',
    audit: 'flowcard.update',
    shape: 'item',
    params: idParamsSchema,
    body: updateFlowcardBodySchema,
    response: flowcardSchema,
  }),
  archive: defineRoute({
    name: 'archiveFlowcard',
    method: 'PUT',
    path: '/api/flowcards/:id/archived',
    summary: 'Archive a flowcard (it can no longer be started) or bring it back',
    tags: ['flowcards'],
    permission: 'flowcards.manage',
    audit: 'flowcard.archive',
    shape: 'item',
    params: idParamsSchema,
    body: archiveFlowcardBodySchema,
    response: flowcardSchema,
  }),
  versions: {
    list: defineRoute({
      name: 'listFlowcardVersions',
      method: 'GET',
      path: '/api/flowcards/:id/versions',
      summary: 'Every version of the flowcard: who saved it, when, why, and what it changed',
      tags: ['flowcards'],
      permission: 'organisation.read',
      params: idParamsSchema,
      response: flowcardVersionListSchema,
    }),
    read: defineRoute({
      name: 'getFlowcardVersion',
      method: 'GET',
      path: '/api/flowcards/:id/versions/:version',
      summary: 'One version of the flowcard, in full',
      tags: ['flowcards'],
      permission: 'organisation.read',
      params: versionParamsSchema,
      response: flowcardVersionSchema,
    }),
    compare: defineRoute({
      name: 'compareFlowcardVersions',
      method: 'GET',
      path: '/api/flowcards/:id/compare',
      summary: 'Two versions of the flowcard compared step by step (?from=1&to=2)',
      tags: ['flowcards'],
      permission: 'organisation.read',
      params: idParamsSchema,
      query: compareQuerySchema,
      response: flowcardComparisonSchema,
    }),
  },
};
