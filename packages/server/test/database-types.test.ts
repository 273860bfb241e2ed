/** PGlite and PostgreSQL return the same JavaScript types (this file runs against both). */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createOrganisation } from './support/factories';
import { useTestApp } from './support/test-app';

const t = useTestApp();

describe('values from the database', () => {
  it('gives counts and numerics as numbers, dates as YYYY-MM-DD and timestamps as Date', async () => {
    const { rows } = await sql<{
      count: unknown;
      big: unknown;
      amount: unknown;
      day: unknown;
      moment: unknown;
      flag: unknown;
      doc: unknown;
    }>`
      SELECT count(*) AS count, 9007199254740::bigint AS big, 3500.75::numeric AS amount,
             '2026-04-01'::date AS day, '2026-04-01T10:00:00Z'::timestamptz AS moment,
             true AS flag, '{"a":1}'::jsonb AS doc
      FROM (VALUES (1), (2)) AS v(x)`.execute(t.db);
    const row = rows[0]!;
    expect(row.count).toBe(2);
    expect(row.big).toBe(9_007_199_254_740);
    expect(row.amount).toBe(3500.75);
    expect(row.day).toBe('2026-04-01');
    expect(row.moment).toEqual(new Date('2026-04-01T10:00:00Z'));
    expect(row.flag).toBe(true);
    expect(row.doc).toEqual({ a: 1 });
  });

  it('keeps a transaction whole: a failure inside rolls everything back', async () => {
    const name = `Rollback ${Date.now()}`;
    await expect(
      t.db.transaction().execute(async (tx) => {
        await createOrganisation(tx, { name });
        await sql`SELECT 1/0`.execute(tx);
      }),
    ).rejects.toThrow(/division by zero/);
    const found = await t.db.selectFrom('organisations').select('id').where('name', '=', name).executeTakeFirst();
    expect(found).toBeUndefined();
  });

  it('serves concurrent requests without mixing transactions (PGlite has one connection)', async () => {
    const names = Array.from({ length: 8 }, (_, i) => `Samtidig ${Date.now()}-${i}`);
    await Promise.all(
      names.map((name, i) =>
        t.db
          .transaction()
          .execute(async (tx) => {
            await createOrganisation(tx, { name });
            if (i % 2 === 1) throw new Error('roll back the odd ones');
          })
          .catch(() => undefined),
      ),
    );
    const found = await t.db.selectFrom('organisations').select('name').where('name', 'in', names).execute();
    expect(found.map((r) => r.name).sort()).toEqual(names.filter((_, i) => i % 2 === 0).sort());
  });
});
