import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import type {} from 'fastify';
import { openDatabase } from '../packages/server/src/database/connection';
import { prepareCourseData } from '../bench/lib/course-data';
import { refreshCourseStatuses } from '../packages/server/src/modules/course-status/course-status-service';
import { byNameListPageQuery } from '../packages/server/src/modules/by-name-list/by-name-list-queries';
import { todayInDenmark } from '../packages/server/src/modules/citizens/danish-time';
import type { Actor } from '../packages/server/src/access/actor';

const dataDir = process.argv[2] ?? '/tmp/cl-data';
if (!fs.existsSync(dataDir)) await prepareCourseData({ dataDir, count: 10_000, seed: 1, log: (l) => console.error(l) });
const handle = await openDatabase({ kind: 'pglite', dataDir });
const db = handle.db;
await sql`ANALYZE`.execute(db);
const today = todayInDenmark();
const user = await db.selectFrom('users as u').innerJoin('organisations as o', 'o.id', 'u.organisation_id')
  .select(['u.id', 'u.role', 'o.id as orgId', 'o.kind']).where('u.email', '=', process.argv[3] ?? 'sagsbehandler@demo.hjemvej.dk').executeTakeFirstOrThrow();
const actor = { userId: user.id, displayName: 'x', email: 'x', role: user.role, locale: 'da', organisationId: user.orgId, organisationName: 'x', organisationKind: user.kind, organisationIsDemo: true, units: [], sessionId: 'x', csrfToken: 'x' } as Actor;
const scope = user.kind === 'shelter' ? { kind: 'shelter' as const, organisationId: user.orgId } : { kind: 'handlekommune' as const, organisationId: user.orgId };
if (process.argv[4] === 'stale') await sql`UPDATE course_status SET valid_until = NULL`.execute(db);
let t0 = performance.now();
const n = await db.transaction().execute((tx) => refreshCourseStatuses(tx, scope, today));
console.log(`refresh ${n} rows in ${(performance.now() - t0).toFixed(0)} ms`);
t0 = performance.now();
const n2 = await db.transaction().execute((tx) => refreshCourseStatuses(tx, scope, today));
console.log(`refresh again ${n2} rows in ${(performance.now() - t0).toFixed(1)} ms`);
await sql`ANALYZE`.execute(db);
for (const f of [
  { sort: 'daysHomeless', dir: 'desc' },
  { sort: 'daysHomeless', dir: 'desc', warning: 'any' },
  { sort: 'name', dir: 'asc', category: 'rough_sleeping' },
  { sort: 'daysAtShelter', dir: 'desc' },
] as const) {
  const q = byNameListPageQuery(actor, { today, limit: 50, offset: 0, ...f })!;
  const c = q.compile(db);
  for (let i = 0; i < 3; i++) await db.executeQuery(c);
  const times: number[] = [];
  for (let i = 0; i < 10; i++) { const s = performance.now(); await db.executeQuery(c); times.push(performance.now() - s); }
  times.sort((a, b) => a - b);
  console.log(JSON.stringify(f), `p50 ${times[5]!.toFixed(1)} ms`);
  if (process.argv.includes('--explain')) {
    const r = await db.executeQuery({ ...c, sql: `EXPLAIN (ANALYZE, BUFFERS OFF) ${c.sql}` } as typeof c);
    console.log((r.rows as { 'QUERY PLAN': string }[]).map((x) => x['QUERY PLAN']).join('\n'));
  }
}
await handle.close();
