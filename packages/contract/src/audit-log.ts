/** Searching the audit log: by citizen, by user, by period, within the own organisation's data and people. */
import { z } from 'zod';
import { parseCpr } from '@hjemvej/domain';
import { auditActionSchema, auditOutcomeSchema } from './audit';
import { caseDateSchema, idSchema, isoDateTimeSchema } from './common';
import { roleSchema } from './auth';
import { defineRoute } from './route';
import { pageOf, pageQueryFields } from './shared';

/**
 * A citizen of the own organisation by name or CPR number. Text of digits (and a dash) is a CPR
 * number and must be a whole one ('ddmmyy-xxxx' or ten digits, a real date); anything else is
 * a name (or part of one), at least two characters.
 */
export const auditCitizenSearchSchema = z
  .string()
  .trim()
  .min(2)
  .max(100)
  .superRefine((value, ctx) => {
    if (!isCprShaped(value)) return;
    const parsed = parseCpr(value);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.error });
  });

/** Whether a citizen search is meant as a CPR number (digits, spaces and dashes only). */
export function isCprShaped(text: string): boolean {
  return /^[\d\s-]+$/.test(text);
}

export const auditSearchQuerySchema = z.object({
  userId: idSchema.optional(),
  citizenId: idSchema.optional(),
  citizen: auditCitizenSearchSchema.optional(),
  subjectId: z.string().trim().max(100).optional(),
  action: auditActionSchema.optional(),
  from: caseDateSchema.optional(),
  to: caseDateSchema.optional(),
  ...pageQueryFields(),
});
export type AuditSearchQuery = z.input<typeof auditSearchQuerySchema>;

export const auditEventSchema = z.object({
  id: z.string(),
  occurredAt: isoDateTimeSchema,
  actor: z.object({
    userId: idSchema.nullable(),
    displayName: z.string().nullable(),
    role: roleSchema.nullable(),
    organisationName: z.string().nullable(),
  }),
  action: auditActionSchema,
  subjectType: z.string().nullable(),
  subjectId: z.string().nullable(),
  citizenId: idSchema.nullable(),
  /**
   * The citizen by name, when the citizen is the own organisation's (else null: the id alone);
   * `mayOpen` when the reader's need-to-know reaches the citizen's page.
   */
  citizen: z.object({ id: idSchema, name: z.string().nullable(), mayOpen: z.boolean() }).nullable(),
  outcome: auditOutcomeSchema,
  ip: z.string().nullable(),
  changes: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;
export const auditSearchResponseSchema = pageOf(auditEventSchema);
export type AuditSearchResponse = z.infer<typeof auditSearchResponseSchema>;

export const auditLogRoutes = {
  search: defineRoute({
    name: 'searchAuditEvents',
    method: 'GET',
    path: '/api/audit-events',
    summary: 'Search the audit log',
    tags: ['audit'],
    permission: 'audit.read',
    audit: 'audit.search',
    shape: 'collection',
    query: auditSearchQuerySchema,
    response: auditSearchResponseSchema,
  }),
};
