/**
 * The API contract: zod schemas for every route's input and output, shared by the
 * server (validation, OpenAPI, response allow-list) and the web app (types).
 */
import { z } from 'zod';
import { housingCategories } from '@hjemvej/domain';
import { legalRefusalSchema } from './legal-checks';

export const locales = ['da', 'en'] as const;
export const localeSchema = z.enum(locales);
export type Locale = z.infer<typeof localeSchema>;

export const idSchema = z.uuid();
export const idParamsSchema = z.object({ id: idSchema });

export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    retryAfterSeconds: z.number().int().optional(),
    /** 409 on a stale version: the record as it is now (through its own output schema) and what changed. */
    conflict: z
      .object({
        current: z.record(z.string(), z.unknown()),
        changedFields: z.array(z.string()),
        changedBy: z.string().nullable(),
        changedAt: z.iso.datetime({ offset: true }).nullable(),
      })
      .optional(),
    /** 422 refused by a legal rule (e.g. § 110 stk. 5 on discharge): exactly the conditions that are missing. */
    legal: legalRefusalSchema.optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** Trimmed, non-empty text of bounded length. */
export const textSchema = (max: number) => z.string().trim().min(1).max(max);

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email().max(254));

export const passwordSchema = z.string().min(12).max(200);

export const isoDateTimeSchema = z.iso.datetime({ offset: true });

/** A calendar date, 'YYYY-MM-DD'. */
export const isoDateSchema = z.iso.date();

/** Nullable trimmed text; '' counts as "no value". */
export const nullableTextSchema = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === '' ? null : value))
    .nullable();

/** A record's version number, sent back on change (optimistic concurrency). */
export const versionNumberSchema = z.number().int().min(1);

/**
 * A housing situation (Danmarks Statistik's categories): a housing period's category, where a
 * discharged citizen went, a by-name list row's category. Here because citizens and shelter stays both use it.
 */
export const housingCategorySchema = z.enum(housingCategories);
