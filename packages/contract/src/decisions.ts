/**
 * Decisions (afgørelser): § 85 a methods, § 85, §§ 107/108, § 110; the citizen's wish and the
 * reason when it is not followed (§ 85 a stk. 2), appeal guidance, the letter. Every version is kept.
 */
import { z } from 'zod';
import { decisionKinds, supportMethods } from '@hjemvej/domain';
import { caseDateSchema, idParamsSchema, idSchema, isoDateSchema, nullableTextSchema } from './common';
import { defineRoute } from './route';
import { changeBodyOf } from './shared';
import { versionedRecordRoutes, versionedRecordStamps, versionOf } from './versioning';

export const decisionKindSchema = z.enum(decisionKinds);
export const supportMethodSchema = z.enum(supportMethods);
export const decisionOutcomes = ['granted', 'refused'] as const;
export const decisionOutcomeSchema = z.enum(decisionOutcomes);

/** The content of a decision: what every version keeps in full. */
export const decisionContentSchema = z.object({
  kind: decisionKindSchema,
  /** § 85 a only: the Housing First method. */
  method: supportMethodSchema.nullable(),
  outcome: decisionOutcomeSchema,
  decidedOn: isoDateSchema,
  periodFrom: isoDateSchema.nullable(),
  /** null: until further notice. */
  periodTo: isoDateSchema.nullable(),
  reasons: z.string().nullable(),
  /** The provider the citizen wished (§ 142 stk. 4), or null when they expressed no wish. */
  wishedProvider: z.string().nullable(),
  wishFollowed: z.boolean().nullable(),
  /** Required when the wish is not followed (Serviceloven § 85 a, stk. 2). */
  reasonIfNotFollowed: z.string().nullable(),
  /** Klagevejledning, from the template unless the caseworker wrote another. */
  appealGuidance: z.string(),
});
export type DecisionContent = z.infer<typeof decisionContentSchema>;

export const decisionSchema = decisionContentSchema.extend({
  id: idSchema,
  citizenId: idSchema,
  /** The municipality that made the decision. */
  organisation: z.object({ id: idSchema, name: z.string() }),
  ...versionedRecordStamps,
});
export type Decision = z.infer<typeof decisionSchema>;
export const decisionListSchema = z.object({ items: z.array(decisionSchema) });

export const decisionVersionSchema = versionOf(decisionContentSchema);
export type DecisionVersion = z.infer<typeof decisionVersionSchema>;

export const createDecisionBodySchema = z.object({
  kind: decisionKindSchema,
  method: supportMethodSchema.nullable().optional(),
  outcome: decisionOutcomeSchema,
  decidedOn: caseDateSchema,
  periodFrom: caseDateSchema.nullable().optional(),
  periodTo: caseDateSchema.nullable().optional(),
  reasons: nullableTextSchema(8000).optional(),
  wishedProvider: nullableTextSchema(200).optional(),
  wishFollowed: z.boolean().nullable().optional(),
  reasonIfNotFollowed: nullableTextSchema(4000).optional(),
  /** Leave out for the template's klagevejledning. */
  appealGuidance: nullableTextSchema(8000).optional(),
});
export type CreateDecisionBody = z.infer<typeof createDecisionBodySchema>;

export const updateDecisionBodySchema = changeBodyOf(createDecisionBodySchema);
export type UpdateDecisionBody = z.infer<typeof updateDecisionBodySchema>;

/** The decision as a letter to the citizen: plain Danish, HTML that prints on its own. */
export const decisionLetterSchema = z.object({ subject: z.string(), html: z.string() });
export type DecisionLetter = z.infer<typeof decisionLetterSchema>;

export const decisionsRoutes = {
  ...versionedRecordRoutes({
    name: 'Decision',
    tag: 'decisions',
    kind: 'decision',
    noun: 'decision',
    summaries: {
      list: 'The citizen’s decisions, newest first',
      create: 'Record a decision (municipality only); § 85 a stk. 2: a wish of provider not followed needs the reason',
      read: 'One decision, as it is now',
      update: 'Change a decision: a new version (409 with what changed when someone else saved first)',
    },
    list: decisionListSchema,
    record: decisionSchema,
    createBody: createDecisionBodySchema,
    updateBody: updateDecisionBodySchema,
    version: decisionVersionSchema,
  }),
  letter: defineRoute({
    name: 'getDecisionLetter',
    method: 'GET',
    path: '/api/decisions/:id/letter',
    summary:
      'The decision as a plain-Danish letter to the citizen: { subject, html } (a whole HTML document that prints on its own)',
    tags: ['decisions'],
    permission: 'citizens.read',
    audit: 'decision.letter',
    shape: 'item',
    params: idParamsSchema,
    response: decisionLetterSchema,
  }),
};
