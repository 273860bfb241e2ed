import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exampleActor, readReviewableSqlCopy, renderReviewableSql } from '../../database/reviewable-sql';
import {
  leadTimesQuery,
  offerStepBarsQuery,
  offerStepPeopleQuery,
  waitBarPeopleQuery,
  waitBarsQuery,
} from './time-report-queries';

const here = path.dirname(fileURLToPath(import.meta.url));
const from = '2026-01-01';
const to = '2026-12-31';
const now = new Date('2026-06-15T10:00:00.000Z');
const regenerate = [
  'Do not edit by hand: UPDATE_SQL_COPIES=1 npx vitest run --project unit',
  'packages/server/src/modules/time-report rewrites it.',
];

/** "Where time goes": its three statements, as time-report-queries.ts sends them. */
function timeReportSqlCopy(): string {
  return [
    renderReviewableSql(
      [
        '"Where time goes" (GET /api/time-report), generated from time-report-queries.ts by reviewable-sql.test.ts',
        `for a municipality caseworker, ${from} to ${to}.`,
        ...regenerate,
        '1. Lead time: first contact → first move-in in the period, per person (surviving record).',
      ],
      leadTimesQuery(exampleActor, from, to),
    ),
    renderReviewableSql(
      ['2. Waits: tasks opened in the period, grouped by flowcard step and by unit (mean, median, total days).'],
      waitBarsQuery(exampleActor, from, to, now),
    ),
    renderReviewableSql(
      ["3. The people behind one bar (a flowcard step), each person's longest wait, longest first."],
      waitBarPeopleQuery(exampleActor, from, to, now, {
        kind: 'step',
        flowcardId: '00000000-0000-4000-8000-000000000020',
        stepKey: 'plan',
      }),
    ),
    renderReviewableSql(
      ['4. Housing offers made in the period, step by step: offer → answer → lease → move-in (days, to today while open).'],
      offerStepBarsQuery(exampleActor, from, to, '2026-06-15'),
    ),
    renderReviewableSql(
      ["5. The people behind one offer step, each person's longest time in it, longest first."],
      offerStepPeopleQuery(exampleActor, from, to, '2026-06-15', 'answer'),
    ),
  ].join('\n');
}

describe('the committed SQL copy is what the module runs', () => {
  it('time-report.sql', () => {
    const expected = timeReportSqlCopy();
    expect(readReviewableSqlCopy(path.join(here, 'time-report.sql'), expected)).toBe(expected);
  });
});
