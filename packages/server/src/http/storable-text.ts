/**
 * Text PostgreSQL cannot store: a NUL character (refused in text and jsonb) and half a UTF-16
 * surrogate pair (refused in jsonb, silently replaced in text). Every route's input passes through
 * one check before its zod schema (`storableInputSchema`, used by the validator compiler in app.ts),
 * so no route, shared text helper or jsonb field can forget it: the request is refused with 400
 * naming the field, instead of reaching the database and failing there with 500.
 */
import { z } from 'zod';

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isStorableText(text: string): boolean {
  return !text.includes('\u0000') && !loneSurrogate.test(text);
}

/** The path of every string (value or object key) in an input that cannot be stored. */
export function findUnstorableText(value: unknown, path: readonly (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return isStorableText(value) ? [] : [[...path]];
  if (Array.isArray(value)) return value.flatMap((item: unknown, index) => findUnstorableText(item, [...path, index]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) =>
      isStorableText(key) ? findUnstorableText(item, [...path, key]) : [[...path, key]],
    );
  }
  return [];
}

/** Text safe to store and show, whatever a caller sent: unstorable characters as \uXXXX escapes. */
export function escapeUnstorableText(text: string): string {
  return text
    .replaceAll('\u0000', '\\u0000')
    .replace(/[\uD800-\uDFFF]/gu, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Refuses unstorable text anywhere in a request part; piped before the route's own schema. */
export const storableInputSchema = z.unknown().superRefine((value, ctx) => {
  for (const path of findUnstorableText(value)) ctx.addIssue({ code: 'custom', path, message: 'text_unstorable' });
});
