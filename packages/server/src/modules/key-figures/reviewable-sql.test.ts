import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { holidaysAround, trendQuarters } from '@hjemvej/domain';
import { readReviewableSqlCopy, renderReviewableSql } from '../../database/reviewable-sql';
import { memberRowsQuery, personFactsQuery } from './key-figures-queries';

const here = path.dirname(fileURLToPath(import.meta.url));
const asOf = '2026-06-30';
const windows = [{ key: 'period', from: '2025-07-01', to: asOf }, ...trendQuarters(asOf)];
const municipality = { kind: 'municipality', organisationId: '00000000-0000-4000-8000-0000000000aa' } as const;

/** The key figures' statements, as key-figures-queries.ts sends them. */
function keyFiguresSqlCopy(): string {
  return [
    renderReviewableSql(
      [
        'Key figures (GET /api/key-figures, /api/key-figures/citizens, /api/national-figures), generated from',
        'key-figures-queries.ts by reviewable-sql.test.ts, for a municipality, the year to 30 June 2026 and its',
        'eight trend quarters. Do not edit by hand: UPDATE_SQL_COPIES=1 npx vitest run --project unit',
        'packages/server/src/modules/key-figures rewrites it.',
        '1. The member rows of every measure for every window (the reference implementation is',
        '   packages/domain/src/key-figures/reference.ts; key-figures-sql.test.ts checks they agree).',
      ],
      memberRowsQuery(municipality, { windows, asOf, holidays: holidaysAround(windows, asOf) }),
    ),
    renderReviewableSql(
      ['2. Birth date, legal sex (from CPR) and municipality of the people counted.'],
      personFactsQuery(municipality),
    ),
  ].join('\n');
}

describe('the committed SQL copy is what the module runs', () => {
  it('key-figures.sql', () => {
    const expected = keyFiguresSqlCopy();
    expect(readReviewableSqlCopy(path.join(here, 'key-figures.sql'), expected)).toBe(expected);
  });
});
