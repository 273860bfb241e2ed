/**
 * Need-to-know inside the municipality: what the caller reads of a citizen, and emergency
 * access ("break the glass") for a user outside the citizen's circle, with a stated reason, for
 * a few hours, shown to the citizen's caseworker and reviewed by the data-protection officer.
 */
import { z } from 'zod';
import { emergencyReasonMinLength } from '@hjemvej/domain';
import { idParamsSchema, idSchema, isoDateTimeSchema } from './common';
import { cprInputSchema } from './citizens';
import { defineRoute } from './route';

export const emergencyAccessBodySchema = z.object({
  /** The citizen's CPR number (the user outside the circle cannot search for them). */
  cpr: cprInputSchema,
  reason: z.string().trim().min(emergencyReasonMinLength).max(1000),
});
export type EmergencyAccessBody = z.input<typeof emergencyAccessBodySchema>;

export const emergencyAccessSchema = z.object({
  id: idSchema,
  citizenId: idSchema,
  /** The citizen's name, for the reviewer and the caseworker (null when unknown). */
  citizenName: z.string().nullable(),
  user: z.object({ id: idSchema, name: z.string() }),
  reason: z.string(),
  startedAt: isoDateTimeSchema,
  expiresAt: isoDateTimeSchema,
  isActive: z.boolean(),
  reviewedAt: isoDateTimeSchema.nullable(),
  reviewedBy: z.string().nullable(),
  reviewNote: z.string().nullable(),
});
export type EmergencyAccess = z.infer<typeof emergencyAccessSchema>;
export const emergencyAccessListSchema = z.object({ items: z.array(emergencyAccessSchema) });
export type EmergencyAccessList = z.infer<typeof emergencyAccessListSchema>;

export const emergencyAccessListQuerySchema = z.object({
  status: z.enum(['unreviewed', 'all']).default('unreviewed'),
});

export const reviewEmergencyAccessBodySchema = z.object({ note: z.string().trim().max(1000).optional() });
export type ReviewEmergencyAccessBody = z.input<typeof reviewEmergencyAccessBodySchema>;

export const emergencyAccessRoutes = {
  start: defineRoute({
    name: 'startEmergencyAccess',
    method: 'POST',
    path: '/api/emergency-accesses',
    summary: 'Open a citizen of the municipality outside one’s need-to-know, with a reason, for a few hours (audited, reviewed)',
    tags: ['need-to-know'],
    permission: 'citizens.read',
    audit: 'emergency_access.start',
    shape: 'item',
    body: emergencyAccessBodySchema,
    response: emergencyAccessSchema,
    status: 201,
  }),
  list: defineRoute({
    name: 'listEmergencyAccesses',
    method: 'GET',
    path: '/api/emergency-accesses',
    summary: 'Emergency accesses in the organisation, for the data-protection officer’s review',
    tags: ['need-to-know'],
    permission: 'audit.read',
    audit: 'emergency_access.list',
    shape: 'collection',
    query: emergencyAccessListQuerySchema,
    response: emergencyAccessListSchema,
  }),
  review: defineRoute({
    name: 'reviewEmergencyAccess',
    method: 'POST',
    path: '/api/emergency-accesses/:id/review',
    summary: 'Mark an emergency access as reviewed, with a note',
    tags: ['need-to-know'],
    permission: 'audit.read',
    audit: 'emergency_access.review',
    shape: 'item',
    params: idParamsSchema,
    body: reviewEmergencyAccessBodySchema,
    response: emergencyAccessSchema,
  }),
  ofCitizen: defineRoute({
    name: 'listCitizenEmergencyAccesses',
    method: 'GET',
    path: '/api/citizens/:id/emergency-accesses',
    summary: 'Who opened the citizen by emergency access, when and why (for the citizen’s caseworker)',
    tags: ['need-to-know'],
    permission: 'citizens.read',
    audit: 'emergency_access.citizen_list',
    shape: 'item',
    params: idParamsSchema,
    response: emergencyAccessListSchema,
  }),
};
