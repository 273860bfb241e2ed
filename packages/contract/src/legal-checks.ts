/**
 * The legal checks of a citizen's course (the pure rules of `@hjemvej/domain`), as answered:
 * each rule result with its source written out ("Serviceloven § 110, stk. 5, nr. 1"), its
 * status, a plain-Danish message (English when the rule has one) and the record it is about.
 *
 * Also the shape of a refusal by a legal rule: a 422 whose `error.legal` lists exactly the
 * conditions that are missing (see `errorBodySchema`). This file imports nothing from
 * `common.ts`, so `common.ts` can use it without a cycle (hence its own `:id` params schema).
 */
import { z } from 'zod';
import { ruleIds } from '@hjemvej/domain';
import { defineRoute } from './route';

export const ruleStatuses = ['met', 'missing', 'overdue', 'warning', 'not_applicable'] as const;
export const ruleStatusSchema = z.enum(ruleStatuses);
export type RuleStatusValue = z.infer<typeof ruleStatusSchema>;

export const legalSourceSchema = z.object({
  lawName: z.string(),
  paragraph: z.string().nullable(),
  stk: z.number().int().nullable(),
  nr: z.number().int().nullable(),
  url: z.string().nullable(),
  titleDa: z.string(),
  explanationDa: z.string(),
  /** The citation as Danish caseworkers write it: 'Serviceloven § 110, stk. 5, nr. 1'. */
  text: z.string(),
});
export type LegalSourceOut = z.infer<typeof legalSourceSchema>;

/** One condition of a rule (e.g. § 110 stk. 5 nr. 1–5 for a discharge). */
export const legalConditionSchema = z.object({
  id: z.string(),
  source: legalSourceSchema,
  status: ruleStatusSchema,
  messageDa: z.string(),
  /** The message in the user's language (Danish or English). */
  message: z.string(),
});
export type LegalCondition = z.infer<typeof legalConditionSchema>;

export const legalSubjectTypes = ['stay', 'decision', 'support_course', 'housing_allocation', 'plan'] as const;

export const legalCheckSchema = z.object({
  ruleId: z.enum(ruleIds),
  titleDa: z.string(),
  source: legalSourceSchema,
  status: ruleStatusSchema,
  messageDa: z.string(),
  messageEn: z.string().nullable(),
  /** The record the result is about, to link to. */
  subjectId: z.string().nullable(),
  subjectType: z.enum(legalSubjectTypes).nullable(),
  /** The facts behind the result (dates, days, figures), as the rule computed them. */
  details: z.record(z.string(), z.unknown()),
  /** For rules made of conditions (§ 110 stk. 5): each condition and its status. */
  conditions: z.array(legalConditionSchema),
});
export type LegalCheck = z.infer<typeof legalCheckSchema>;

export const legalChecksSchema = z.object({
  citizenId: z.uuid(),
  asOf: z.iso.date(),
  items: z.array(legalCheckSchema),
  /** How many results need attention (missing, overdue, warning). */
  attentionCount: z.number().int(),
});
export type LegalChecks = z.infer<typeof legalChecksSchema>;

/** `error.legal` of a refusal by a legal rule: the rule and the conditions that are missing. */
export const legalRefusalSchema = z.object({
  ruleId: z.enum(ruleIds),
  source: legalSourceSchema,
  missing: z.array(legalConditionSchema),
});
export type LegalRefusal = z.infer<typeof legalRefusalSchema>;

export const legalChecksRoutes = {
  read: defineRoute({
    name: 'getLegalChecks',
    method: 'GET',
    path: '/api/citizens/:id/legal-checks',
    summary: 'The citizen’s course checked against the law today: each rule met, missing, overdue or a warning, with its source',
    tags: ['legal-checks'],
    permission: 'citizens.read',
    audit: 'course.legal_checks',
    shape: 'item',
    params: z.object({ id: z.uuid() }),
    response: legalChecksSchema,
  }),
};
