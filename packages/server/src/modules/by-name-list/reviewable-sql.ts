/**
 * The reviewable copies of the by-name list's SQL (`by-name-list.sql`, and
 * `../course-status/course-status-facts.sql`): each statement exactly as the module sends it,
 * compiled for one fixed example, with its parameters listed. `reviewable-sql.test.ts` fails
 * when a copy differs from what the code compiles to (`UPDATE_SQL_COPIES=1` rewrites them;
 * database/reviewable-sql.ts).
 */
import { exampleActor, renderReviewableSql as render } from '../../database/reviewable-sql';
import { courseFactsQuery } from '../course-status/course-status-queries';
import { byNameListPageQuery } from './by-name-list-queries';

export function byNameListSqlCopy(): string {
  const query = byNameListPageQuery(exampleActor, {
    today: '2026-01-15',
    sort: 'daysHomeless',
    dir: 'desc',
    category: 'rough_sleeping',
    method: 'cti',
    warning: 'any',
    search: 'Hansen',
    limit: 50,
    offset: 0,
  });
  if (query === null) throw new Error('the example actor has a citizen scope');
  return render(
    [
      'The by-name list (GET /api/by-name-list), generated from by-name-list-queries.ts by',
      'reviewable-sql.test.ts: a municipality caseworker, sorted by days homeless, with every filter',
      'given (search, category, method, with warnings). Do not edit by hand: UPDATE_SQL_COPIES=1',
      'npx vitest run --project unit packages/server/src/modules/by-name-list rewrites it.',
    ],
    query,
  );
}

export function courseFactsSqlCopy(): string {
  return render(
    [
      'The list facts of stale persons (modules/course-status), generated from course-status-queries.ts',
      'by reviewable-sql.test.ts for two persons. Do not edit by hand: UPDATE_SQL_COPIES=1',
      'npx vitest run --project unit packages/server/src/modules/by-name-list rewrites it.',
    ],
    courseFactsQuery(['00000000-0000-4000-8000-000000000010', '00000000-0000-4000-8000-000000000011'], '2026-01-15'),
  );
}
