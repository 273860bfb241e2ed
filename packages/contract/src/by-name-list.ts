/**
 * The by-name list: everyone currently homeless whom the municipality is handlekommune for
 * (and those who returned from housing), or a shelter's current residents; one row per person.
 */
import { z } from 'zod';
import { homelessCategories, supportMethods } from '@hjemvej/domain';
import { housingCategorySchema, idSchema } from './common';
import { maskedCprSchema } from './citizens';
import { defineRoute } from './route';
import { ruleStatusSchema } from './legal-checks';
import { citizenNameFields, pageFields, pageQueryFields } from './shared';

export const byNameListSortKeys = ['name', 'category', 'daysHomeless', 'daysAtShelter', 'nextStep', 'warnings'] as const;
export const byNameListSortSchema = z.enum(byNameListSortKeys);
export type ByNameListSort = z.infer<typeof byNameListSortSchema>;

/** The next step, derived from what the course lacks, in the order the law asks for it. */
export const nextSteps = [
  'notify_handlekommune',
  'make_plan',
  'allocate_housing',
  'decide_support',
  'sign_lease',
  'discharge_to_own_home',
  'move_in',
] as const;
export const nextStepSchema = z.enum(nextSteps);
export type NextStep = z.infer<typeof nextStepSchema>;

export const byNameListWarningFilters = ['any', 'none'] as const;
export const byNameListMethodFilters = [...supportMethods, 'none'] as const;

export const byNameListQuerySchema = z.object({
  sort: byNameListSortSchema.default('daysHomeless'),
  dir: z.enum(['asc', 'desc']).default('desc'),
  category: z.enum(homelessCategories).optional(),
  method: z.enum(byNameListMethodFilters).optional(),
  warning: z.enum(byNameListWarningFilters).optional(),
  search: z.string().trim().max(100).optional(),
  ...pageQueryFields(),
});
export type ByNameListQuery = z.input<typeof byNameListQuerySchema>;

export const byNameListRowSchema = z.object({
  citizenId: idSchema,
  ...citizenNameFields,
  cpr: maskedCprSchema.nullable(),
  category: housingCategorySchema,
  returnedFromHousing: z.boolean(),
  daysHomeless: z.number().int().nullable(),
  daysAtShelter: z.number().int().nullable(),
  shelterName: z.string().nullable(),
  method: z.enum(supportMethods).nullable(),
  nextStep: nextStepSchema,
  responsible: z.string().nullable(),
  warnings: z.object({
    count: z.number().int(),
    /** The worst status among the results that need attention; null when none do. */
    worst: ruleStatusSchema.nullable(),
    /** Plain-Danish text of each, for the badge's tooltip. */
    messagesDa: z.array(z.string()),
  }),
});
export type ByNameListRow = z.infer<typeof byNameListRowSchema>;

export const byNameListSchema = z.object({
  scope: z.enum(['municipality', 'shelter']),
  asOf: z.iso.date(),
  ...pageFields(byNameListRowSchema),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type ByNameList = z.infer<typeof byNameListSchema>;

export const byNameListRoutes = {
  read: defineRoute({
    name: 'getByNameList',
    method: 'GET',
    path: '/api/by-name-list',
    summary:
      'Everyone currently homeless the municipality is handlekommune for (or a shelter’s residents): category, days, next step, responsible, legal warnings; sorted, filtered, paged',
    tags: ['by-name-list'],
    permission: 'citizens.read',
    audit: 'by_name_list.read',
    shape: 'collection',
    query: byNameListQuerySchema,
    response: byNameListSchema,
  }),
};
