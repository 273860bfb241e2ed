import { describe, expect, it } from 'vitest';
import { escapeUnstorableText, findUnstorableText, isStorableText, storableInputSchema } from './storable-text';

describe('storable text', () => {
  it('refuses NUL and half a surrogate pair, keeps whole pairs and ordinary text', () => {
    expect(isStorableText('Æble ø å 😀')).toBe(true);
    expect(isStorableText('A\u0000B')).toBe(false);
    expect(isStorableText('x\ud800y')).toBe(false);
    expect(isStorableText('x\udc00y')).toBe(false);
    expect(isStorableText('x\ud83d')).toBe(false);
  });

  it('names the path of each unstorable string, keys included', () => {
    const input = { name: 'ok', note: 'A\u0000B', goals: [{ text: 'fine' }, { text: 'x\ud800y' }], intake: { 'k\u0000': 1 } };
    expect(findUnstorableText(input)).toEqual([['note'], ['goals', 1, 'text'], ['intake', 'k\u0000']]);
    expect(findUnstorableText(42)).toEqual([]);
  });

  it('fails validation with one issue per field', () => {
    const result = storableInputSchema.safeParse({ a: '\u0000', b: ['ok', '\udfff'] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['a'], 'text_unstorable'],
      [['b', 1], 'text_unstorable'],
    ]);
  });

  it('escapes what cannot be stored, so a refusal can still be audited', () => {
    expect(escapeUnstorableText('\u0000')).toBe('\\u0000');
    expect(escapeUnstorableText('a\ud800b')).toBe('a\\ud800b');
    expect(escapeUnstorableText('2f0c6a1e-0000-4000-8000-000000000000')).toBe('2f0c6a1e-0000-4000-8000-000000000000');
  });
});
