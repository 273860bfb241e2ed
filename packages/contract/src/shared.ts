/**
 * Field groups that many schemas share, spread into an object (`...citizenNameFields`), so the
 * same fields are written once.
 */
import { z } from 'zod';
import { isoDateSchema, versionNumberSchema } from './common';

/** A citizen's name as registered: each part may be missing (an alias alone, a first name alone). */
export const citizenNameFields = {
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  alias: z.string().nullable(),
};

/** A period of days, both ends included. */
export const periodSchema = z.object({ from: isoDateSchema, to: isoDateSchema });

/** How many rows one page of a paged list holds: at most `maxRows`, `defaultRows` unless asked. */
export const pageSizeSchema = (maxRows = 200, defaultRows = 50) =>
  z.coerce.number().int().min(1).max(maxRows).default(defaultRows);

/** A paged list's query: which page (from 1) and how many rows it holds. */
export const pageQueryFields = (maxRows?: number, defaultRows?: number) => ({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: pageSizeSchema(maxRows, defaultRows),
});

/** One page of a paged list's rows, and how many rows the whole list has: spread into an answer that says more. */
export const pageFields = <T extends z.ZodType>(item: T) => ({ items: z.array(item), total: z.number().int() });

/** A paged list's answer: one page of rows and the whole list's count. */
export const pageOf = <T extends z.ZodType>(item: T) => z.object(pageFields(item));

/** A yes/no query parameter as it travels ('true' or 'false'), read as a boolean. */
export const queryFlagSchema = z.enum(['true', 'false']).transform((value) => value === 'true');

/** A create body's field in a change: it may be left out, and its default does not apply (left out is unchanged). */
type ChangeField<Field extends z.core.SomeType> = z.ZodOptional<Field extends z.ZodDefault<infer Inner> ? Inner : Field>;

const changeField = (field: z.core.SomeType) => z.optional(field instanceof z.ZodDefault ? field.unwrap() : field);

/**
 * A change to a record (PATCH): the version the user saw, and any of the fields a new record is
 * given with (each may be left out).
 */
export const changeBodyOf = <Shape extends z.ZodRawShape>(createBody: z.ZodObject<Shape>) => {
  const fields = Object.fromEntries(Object.entries(createBody.shape).map(([name, field]) => [name, changeField(field)]));
  return z.object({ version: versionNumberSchema, ...(fields as { [Name in keyof Shape]: ChangeField<Shape[Name]> }) });
};
