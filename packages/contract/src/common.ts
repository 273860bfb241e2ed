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

/** A calendar date, 'YYYY-MM-DD', as the server answers it. What a user sends is a kind of date below. */
export const isoDateSchema = z.iso.date();

/** 'YYYY-MM-DD' of today plus some years (UTC; a day's difference does not matter at this scale). */
function yearsFromToday(years: number): string {
  const today = new Date();
  const year = String(today.getUTCFullYear() + years).padStart(4, '0');
  return `${year}-${String(today.getUTCMonth() + 1).padStart(2, '0')}-${String(today.getUTCDate()).padStart(2, '0')}`;
}

/**
 * The ranges a date a user sends may fall in, by kind: outside them it is a typo (a plan made in
 * 1900 or 9999), refused with a message that names the range. They also keep date arithmetic
 * (consent expiry, deadlines) inside the years PostgreSQL and the calendar functions handle.
 */
export const dateRanges = {
  /** Something in a citizen's course in Hjemvej (an assessment, a plan, a stay, a deadline, a consent): from 2000 to ten years ahead. */
  case: { from: '2000-01-01', toYearsAhead: 10, message: 'date_out_of_range_case' },
  /** A citizen's housing history, which may reach back long before Hjemvej: from 1900 to ten years ahead. */
  history: { from: '1900-01-01', toYearsAhead: 10, message: 'date_out_of_range_history' },
} as const;

function dateInRange(kind: keyof typeof dateRanges) {
  const range = dateRanges[kind];
  return z.iso.date().refine((value) => value >= range.from && value <= yearsFromToday(range.toYearsAhead), {
    message: range.message,
  });
}

/** A date in a citizen's course (see `dateRanges.case`). */
export const caseDateSchema = dateInRange('case');

/** A date in a citizen's housing history (see `dateRanges.history`). */
export const historyDateSchema = dateInRange('history');

/** Nullable trimmed text; '' counts as "no value". */
export const nullableTextSchema = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === '' ? null : value))
    .nullable();

/** The largest number an `integer` column holds; a larger number sent by a client is refused, not stored. */
export const maxDatabaseInteger = 2_147_483_647;

/** A record's version number, sent back on change (optimistic concurrency); the column is `integer`. */
export const versionNumberSchema = z.number().int().min(1).max(maxDatabaseInteger);

/**
 * The body of a PATCH that names the fields to change: at least one, or the change would be an
 * UPDATE with nothing to set.
 */
export function changesSchema<S extends z.ZodObject>(schema: S): S {
  return schema.refine((value) => Object.values(value).some((field) => field !== undefined), {
    message: 'nothing_to_change',
  });
}

/**
 * A housing situation (Danmarks Statistik's categories): a housing period's category, where a
 * discharged citizen went, a by-name list row's category. Here because citizens and shelter stays both use it.
 */
export const housingCategorySchema = z.enum(housingCategories);

/**
 * An array of at most `max` items in which each value of `key` stands at most once; a repeat is
 * refused at its index, naming the key, with `message`.
 */
export function uniqueItemsSchema<K extends string, S extends z.ZodType<Record<K, string>>>(
  item: S,
  key: K,
  max: number,
  message: string,
) {
  return z
    .array(item)
    .max(max)
    .superRefine((items, ctx) => {
      const seen = new Set<string>();
      items.forEach((entry, index) => {
        const value = (entry as Record<K, string>)[key];
        if (seen.has(value)) ctx.addIssue({ code: 'custom', path: [index, key], message });
        seen.add(value);
      });
    });
}
