/**
 * JSON columns this system wrote itself (a record's content, an intake, a checklist), read
 * defensively all the same: a value that no longer fits its schema is answered as the
 * record's empty value rather than failing the read.
 */
import type { z } from 'zod';

/** `value` as `schema` reads it, or `fallback` when it does not fit. */
export function readStoredJson<T, F>(schema: z.ZodType<T>, value: unknown, fallback: F): T | F {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : fallback;
}
