/**
 * A citizen's consents to share data categories with an outside partner, for a purpose, until
 * an expiry date; a withdrawal ends the partner's access at once. Shape only: the server answers
 * 422 naming the field for rules that need the database or the calendar.
 */
import { z } from 'zod';
import { consentCategories } from '@hjemvej/domain';
import { caseDateSchema, idParamsSchema, idSchema, isoDateSchema, isoDateTimeSchema, textSchema } from './common';
import { defineRoute } from './route';

export const consentCategorySchema = z.enum(consentCategories);

export const consentStatusSchema = z.enum(['valid', 'not_yet_valid', 'expired', 'withdrawn']);

export const consentSchema = z.object({
  id: idSchema,
  citizenId: idSchema,
  partner: z.object({ id: idSchema, name: z.string() }),
  categories: z.array(consentCategorySchema),
  purpose: z.string(),
  givenOn: isoDateSchema,
  expiresOn: isoDateSchema,
  status: consentStatusSchema,
  recordedBy: z.string().nullable(),
  recordedAt: isoDateTimeSchema,
  withdrawnAt: isoDateTimeSchema.nullable(),
  withdrawnBy: z.string().nullable(),
  withdrawalNote: z.string().nullable(),
});
export type Consent = z.infer<typeof consentSchema>;
export const consentListSchema = z.object({ items: z.array(consentSchema) });
export type ConsentList = z.infer<typeof consentListSchema>;

export const createConsentBodySchema = z.object({
  partnerId: idSchema,
  categories: z.array(consentCategorySchema).min(1).max(consentCategories.length),
  purpose: textSchema(1000),
  givenOn: caseDateSchema,
  expiresOn: caseDateSchema,
});
export type CreateConsentBody = z.input<typeof createConsentBodySchema>;

export const withdrawConsentBodySchema = z.object({ note: z.string().trim().max(1000).optional() });
export type WithdrawConsentBody = z.input<typeof withdrawConsentBodySchema>;

export const consentsRoutes = {
  list: defineRoute({
    name: 'listConsents',
    method: 'GET',
    path: '/api/citizens/:id/consents',
    summary: 'The citizen’s consents to share data with partners: scope, purpose, expiry, status',
    tags: ['consents'],
    permission: 'citizens.read',
    audit: 'consent.list',
    shape: 'item',
    params: idParamsSchema,
    response: consentListSchema,
  }),
  create: defineRoute({
    name: 'createConsent',
    method: 'POST',
    path: '/api/citizens/:id/consents',
    summary: 'Record the citizen’s consent to share data categories with a partner, for a purpose, until an expiry date',
    tags: ['consents'],
    permission: 'consents.manage',
    audit: 'consent.create',
    shape: 'item',
    params: idParamsSchema,
    body: createConsentBodySchema,
    response: consentSchema,
    status: 201,
  }),
  withdraw: defineRoute({
    name: 'withdrawConsent',
    method: 'POST',
    path: '/api/consents/:id/withdraw',
    summary: 'Withdraw a consent: the partner loses access at once',
    tags: ['consents'],
    permission: 'consents.manage',
    audit: 'consent.withdraw',
    shape: 'item',
    params: idParamsSchema,
    body: withdrawConsentBodySchema,
    response: consentSchema,
  }),
};
