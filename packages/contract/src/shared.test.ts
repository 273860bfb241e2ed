import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { changeBodyOf } from './shared';

describe('changeBodyOf', () => {
  const createBody = z.object({ title: z.string(), notes: z.string().default(''), tags: z.array(z.string()).default([]) });
  const changeBody = changeBodyOf(createBody);

  it('asks for the version seen and lets every field of the create body be left out', () => {
    expect(changeBody.parse({ version: 3 })).toEqual({ version: 3 });
    expect(changeBody.safeParse({}).success).toBe(false);
    expect(changeBody.parse({ version: 3, title: 'x', tags: ['a'] })).toEqual({ version: 3, title: 'x', tags: ['a'] });
  });

  it('leaves a field with a create default out when it is not given, so a change keeps what is stored', () => {
    expect(changeBody.parse({ version: 1, title: 'x' })).not.toHaveProperty('notes');
    expect(changeBody.safeParse({ version: 1, notes: 7 }).success).toBe(false);
  });
});
