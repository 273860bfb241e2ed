/**
 * Housing periods: the citizen's housing situation over time (VIVE's categories), today's
 * situation and the current homeless spell. Periods never overlap.
 */
import { z } from 'zod';
import {
  changesSchema,
  historyDateSchema,
  housingCategorySchema,
  idParamsSchema,
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  nullableTextSchema,
} from './common';
import { defineRoute } from './route';

export const housingPeriodSchema = z.object({
  id: idSchema,
  citizenId: idSchema,
  category: housingCategorySchema,
  isHomeless: z.boolean(),
  fromDate: isoDateSchema,
  /** The day the situation ended (first day of the next), or null while it lasts. */
  toDate: isoDateSchema.nullable(),
  note: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: isoDateTimeSchema,
});
export type HousingPeriod = z.infer<typeof housingPeriodSchema>;

export const housingSituationSchema = z.object({
  current: housingPeriodSchema.nullable(),
  /** First day of the current uninterrupted homeless spell, or null when not homeless today. */
  homelessSince: isoDateSchema.nullable(),
  homelessDays: z.number().int().nullable(),
});

export const housingPeriodListSchema = housingSituationSchema.extend({ items: z.array(housingPeriodSchema) });
export type HousingPeriodList = z.infer<typeof housingPeriodListSchema>;

export const createHousingPeriodBodySchema = z.object({
  category: housingCategorySchema,
  fromDate: historyDateSchema,
  toDate: historyDateSchema.nullable().optional(),
  note: nullableTextSchema(2000).optional(),
});
export type CreateHousingPeriodBody = z.infer<typeof createHousingPeriodBodySchema>;

export const updateHousingPeriodBodySchema = changesSchema(
  z.object({
    category: housingCategorySchema.optional(),
    fromDate: historyDateSchema.optional(),
    toDate: historyDateSchema.nullable().optional(),
    note: nullableTextSchema(2000).optional(),
  }),
);
export type UpdateHousingPeriodBody = z.infer<typeof updateHousingPeriodBodySchema>;

export const housingPeriodsRoutes = {
  listHousingPeriods: defineRoute({
    name: 'listHousingPeriods',
    method: 'GET',
    path: '/api/citizens/:id/housing-periods',
    summary: 'The citizen’s housing situation over time, and today',
    tags: ['housing-periods'],
    permission: 'citizens.read',
    audit: 'housing_period.list',
    shape: 'item',
    params: idParamsSchema,
    response: housingPeriodListSchema,
  }),
  createHousingPeriod: defineRoute({
    name: 'createHousingPeriod',
    method: 'POST',
    path: '/api/citizens/:id/housing-periods',
    summary: 'Record a housing situation from a date (an open period before it ends there)',
    tags: ['housing-periods'],
    permission: 'citizens.write',
    audit: 'housing_period.create',
    shape: 'item',
    params: idParamsSchema,
    body: createHousingPeriodBodySchema,
    response: housingPeriodSchema,
    status: 201,
  }),
  updateHousingPeriod: defineRoute({
    name: 'updateHousingPeriod',
    method: 'PATCH',
    path: '/api/housing-periods/:id',
    summary: 'Change or end a housing period (overlaps are refused)',
    tags: ['housing-periods'],
    permission: 'citizens.write',
    audit: 'housing_period.update',
    shape: 'item',
    params: idParamsSchema,
    body: updateHousingPeriodBodySchema,
    response: housingPeriodSchema,
  }),
};
