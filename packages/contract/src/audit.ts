import { z } from 'zod';
import { idSchema, isoDateTimeSchema } from './common';
import { roleSchema } from './auth';

export const auditActions = [
  'auth.sign_in',
  'auth.sign_in_failed',
  'auth.sign_in_locked',
  'auth.sign_out',
  'auth.session_expired',
  'access.refused',
  'organisation.read',
  'unit.list',
  'unit.create',
  'unit.update',
  'partner.list',
  'partner.create',
  'partner.update',
  'partner.remove',
  'user.list',
  'user.read',
  'user.create',
  'user.update',
  'user.deactivate',
  'user.reactivate',
  'user.password_reset',
  'user.preferences_update',
  'audit.search',
  'system.backup',
  'system.restore',
  'system.seed_demo',
  'citizen.search',
  'citizen.read',
  'citizen.create',
  'citizen.update',
  'citizen.cpr_reveal',
  'citizen.link',
  'citizen.split',
  'housing_period.list',
  'housing_period.create',
  'housing_period.update',
  'stay.list',
  'stay.admit',
  'stay.update',
  'stay.notify',
  'stay.discharge',
] as const;
export const auditActionSchema = z.enum(auditActions);
export type AuditAction = z.infer<typeof auditActionSchema>;

export const auditOutcomes = ['ok', 'refused', 'failed'] as const;
export const auditOutcomeSchema = z.enum(auditOutcomes);

export const auditSearchQuerySchema = z.object({
  userId: idSchema.optional(),
  citizenId: idSchema.optional(),
  subjectId: z.string().trim().max(100).optional(),
  action: auditActionSchema.optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
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
  outcome: auditOutcomeSchema,
  ip: z.string().nullable(),
  changes: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;
export const auditSearchResponseSchema = z.object({ items: z.array(auditEventSchema), total: z.number().int() });
export type AuditSearchResponse = z.infer<typeof auditSearchResponseSchema>;
