/**
 * The taskforce course's analysis (issue 13 point 3): the data package frozen for a period,
 * the course's municipality's figures as suppressed aggregates only (counts below the threshold
 * shown as '<5'), kept unchanged with the key-figure definitions' versions, who froze it and when.
 */
import { z } from 'zod';
import { dataPackageSections, homelessCategories, keyFigureIds } from '@hjemvej/domain';
import { caseDateSchema, idSchema, isoDateSchema, isoDateTimeSchema } from './common';
import { measureDisplayFields, measureIdSchema, publishedCountSchema, publishedFigureSchema } from './key-figures';
import { statusReportSchema } from './status-report';
import { periodSchema } from './shared';

export const dataPackageSectionSchema = z.enum(dataPackageSections);

/** One key figure of the package: stored by its measure, named in the reader's language. */
export const packageFigureSchema = z.object({
  measure: measureIdSchema,
  figure: z.enum(keyFigureIds),
  section: dataPackageSectionSchema,
  name: z.string(),
  ...measureDisplayFields,
  published: publishedFigureSchema,
});
export type PackageFigure = z.infer<typeof packageFigureSchema>;

export const packageFlowMonthSchema = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/),
  categories: z.record(z.enum(homelessCategories), publishedCountSchema),
  /** Everyone on the list at the month's end, or null when a category is hidden and the total would tell it. */
  total: publishedCountSchema.nullable(),
  inflow: publishedCountSchema,
  outflow: publishedCountSchema,
});

export const packageWaitSchema = z.object({
  label: z.string(),
  context: z.string().nullable(),
  tasks: publishedCountSchema,
  /** Median days a task waited, shown only behind at least the threshold's tasks. */
  medianDays: z.number().nullable(),
});

export const packageInboxSchema = z.object({
  unit: z.string(),
  active: publishedCountSchema,
  overdue: publishedCountSchema,
  blocked: publishedCountSchema,
  escalated: publishedCountSchema,
});

export const packageAgreementSchema = z.object({
  title: z.string(),
  validFrom: isoDateSchema,
  revisitOn: isoDateSchema,
});

export const packageOrganisationSchema = z.object({
  steps: z.array(packageWaitSchema),
  units: z.array(packageWaitSchema),
  inbox: z.array(packageInboxSchema),
  agreements: z.array(packageAgreementSchema),
  networkMeetings: publishedCountSchema,
});

/** What is stored, frozen: figures without names (the reader's language names them). */
export const taskforceDataPackageContentSchema = z.object({
  definitions: z.array(z.object({ id: z.enum(keyFigureIds), version: z.number().int() })),
  figures: z.array(packageFigureSchema.pick({ measure: true, published: true })),
  flow: z.array(packageFlowMonthSchema),
  support: statusReportSchema,
  organisation: packageOrganisationSchema,
});
export type TaskforceDataPackageContent = z.infer<typeof taskforceDataPackageContentSchema>;

export const taskforceDataPackageSummarySchema = z.object({
  id: idSchema,
  courseId: idSchema,
  version: z.number().int(),
  /** The first package frozen for the course: the baseline every goal is measured from. */
  isBaseline: z.boolean(),
  from: isoDateSchema,
  to: isoDateSchema,
  referenceDate: isoDateSchema,
  keyFigureVersion: z.number().int(),
  threshold: z.number().int(),
  frozenBy: z.string(),
  frozenAt: isoDateTimeSchema,
});
export type TaskforceDataPackageSummary = z.infer<typeof taskforceDataPackageSummarySchema>;

export const taskforceDataPackageListSchema = z.object({ items: z.array(taskforceDataPackageSummarySchema) });
export type TaskforceDataPackageList = z.infer<typeof taskforceDataPackageListSchema>;

/** The package as read: its stored content, the key figures and definitions named. */
export const taskforceDataPackageSchema = taskforceDataPackageSummarySchema.extend({
  ...taskforceDataPackageContentSchema.shape,
  municipalityName: z.string(),
  definitions: z.array(z.object({ id: z.enum(keyFigureIds), version: z.number().int(), name: z.string() })),
  figures: z.array(packageFigureSchema),
});
export type TaskforceDataPackage = z.infer<typeof taskforceDataPackageSchema>;

/** A frozen data package as a goal's baseline or a report may name it: which, its version and its period. */
export const frozenPackageRefSchema = periodSchema.extend({ id: idSchema, version: z.number().int() });

export const freezeTaskforceDataPackageBodySchema = z.object({
  from: caseDateSchema,
  to: caseDateSchema,
});
export type FreezeTaskforceDataPackageBody = z.infer<typeof freezeTaskforceDataPackageBodySchema>;

export const taskforceDataPackageParamsSchema = z.object({ id: idSchema, packageId: idSchema });
