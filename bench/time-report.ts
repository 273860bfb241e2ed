/**
 * `npm run bench:time-report [-- --quick] [-- --count N]`: issue 4's "Measured" for the "where
 * time goes" chart. With `count` synthetic citizens of Demo Kommune (default 10,000) and their
 * histories, plus for each a flowcard run with eight steps of tasks opened over the last year
 * (done after a step-dependent wait, one in five still open), the leader's chart over a year and
 * the drill-down behind one bar, under load at concurrency 1 and 8, next to GET /api/health in
 * the same run against the same server. Prints a table and writes bench/results/time-report-latest.json.
 * Benchmarks print; they never fail on a number.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { addDays } from '../packages/domain/src/calendar/iso-date';
import { openDatabase } from '../packages/server/src/database/connection';
import { demoPassword } from '../packages/server/src/demo/demo-accounts';
import { todayInDenmark } from '../packages/server/src/calendar/danish-time';
import { prepareCourseData } from './lib/course-data';
import { runLoad, send, type LoadResult, type RequestSpec, type Target } from './lib/load';
import { withHealthRatios, type EndpointResult } from './lib/report';
import { cleanUp, installSignalHandlers, onCleanup, repositoryRoot, startServer } from './lib/server-process';

const { values: args } = parseArgs({
  options: {
    count: { type: 'string' },
    quick: { type: 'boolean', default: false },
    duration: { type: 'string' },
    out: { type: 'string' },
  },
  strict: true,
});
const quick = args.quick;
const count = args.count !== undefined ? Number(args.count) : 10_000;
const durationSeconds = args.duration !== undefined ? Number(args.duration) : quick ? 2 : 5;
const concurrency = [1, 8];
const out = path.resolve(args.out ?? path.join(repositoryRoot, 'bench/results/time-report-latest.json'));
const leaderEmail = 'leder@demo.hjemvej.dk';
const log = (line: string) => process.stderr.write(`${line}\n`);

/** Eight steps, each with its unit (by demo name) and a typical wait in days. */
const steps: readonly [string, string, number][] = [
  ['notify', 'Myndighed voksne', 2],
  ['income', 'Jobcenter – kontanthjælp', 6],
  ['plan', 'Myndighed voksne', 12],
  ['register', 'Boliganvisning', 5],
  ['offer', 'Boliganvisning', 20],
  ['support', 'Myndighed voksne', 8],
  ['subsidies', 'Tilskud', 9],
  ['support_start', 'CTI-team', 3],
];

/** One flowcard, one run per citizen, eight tasks per run: written in a few set-based statements. */
async function addTasks(dataDir: string, municipalityId: string): Promise<{ runs: number; tasks: number }> {
  const handle = await openDatabase({ kind: 'pglite', dataDir });
  try {
    const db = handle.db;
    const units = await db.selectFrom('units').select(['id', 'name']).where('organisation_id', '=', municipalityId).execute();
    const unitOf = (name: string) => units.find((u) => u.name === name)?.id ?? units[0]?.id ?? '';
    const flowcard = await db
      .insertInto('flowcards')
      .values({
        organisation_id: municipalityId,
        name: 'Bench: fra forsorgshjem til egen bolig',
        created_by_user_id: null,
        updated_by_user_id: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const definition = steps.map(([key, unit, days]) => ({
      key,
      title: `Trin ${key}`,
      description: '',
      responsibleUnitId: unitOf(unit),
      deadlineWorkingDays: days,
      urgentDeadlineWorkingDays: null,
      deadlineFrom: { kind: 'start' },
      dependsOn: [],
      checklist: [],
      requiredDocuments: [],
      notes: '',
      doneWhen: null,
    }));
    await db
      .insertInto('flowcard_versions')
      .values({
        flowcard_id: flowcard.id,
        version: 1,
        name: 'Bench',
        steps: JSON.stringify(definition),
        change_note: null,
        saved_by_user_id: null,
        saved_by_name: null,
      })
      .execute();
    const today = todayInDenmark();
    await sql`
      INSERT INTO flowcard_runs (organisation_id, flowcard_id, flowcard_version, citizen_id, started_on)
      SELECT ${municipalityId}, ${flowcard.id}, 1, c.id, ${today}::date - (abs(hashtext(c.id::text)) % 365)
      FROM citizens c WHERE c.handlekommune_id = ${municipalityId} AND c.merged_into_id IS NULL`.execute(db);
    const stepRows = sql.join(
      steps.map(
        ([key, unit, days], index) =>
          sql`(${key}::text, ${`Trin ${key}`}::text, ${unitOf(unit)}::uuid, ${days}::int, ${index}::int)`,
      ),
    );
    const result = await sql<{ n: number }>`
      WITH s(step_key, title, unit_id, days, position) AS (VALUES ${stepRows}),
      inserted AS (
        INSERT INTO tasks (organisation_id, citizen_id, unit_id, flowcard_run_id, step_key, title, status, opened_at, done_at)
        SELECT r.organisation_id, r.citizen_id, s.unit_id, r.id, s.step_key, s.title,
               CASE WHEN abs(hashtext(r.id::text || s.step_key)) % 5 = 0 THEN 'open' ELSE 'done' END,
               r.started_on + s.position * 4 + interval '9 hours',
               CASE WHEN abs(hashtext(r.id::text || s.step_key)) % 5 = 0 THEN NULL
                    ELSE r.started_on + s.position * 4 + interval '9 hours'
                         + (s.days + abs(hashtext(s.step_key || r.citizen_id::text)) % (s.days + 1)) * interval '1 day' END
        FROM flowcard_runs r CROSS JOIN s
        WHERE r.flowcard_id = ${flowcard.id}
        RETURNING 1
      )
      SELECT count(*)::int AS n FROM inserted`.execute(db);
    // First contact for the generated citizens: a few weeks before their first move-in.
    await sql`
      UPDATE citizens c SET first_contact_on = coalesce(
        (SELECT min(hp.from_date) FROM housing_periods hp WHERE hp.citizen_id = c.id), ${addDays(today, -400)}::date)
      WHERE c.handlekommune_id = ${municipalityId} AND c.first_contact_on IS NULL`.execute(db);
    await sql`ANALYZE`.execute(db);
    const runs = await db
      .selectFrom('flowcard_runs')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return { runs: Number(runs.n), tasks: result.rows[0]?.n ?? 0 };
  } finally {
    await handle.close();
  }
}

async function signIn(target: Target, email: string): Promise<string> {
  const response = await send(
    target,
    {
      method: 'POST',
      path: '/api/auth/sign-in',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: demoPassword }),
    },
    false,
  );
  const cookie = response.headers['set-cookie']?.find((v) => v.startsWith('hjemvej_session='));
  if (response.status !== 200 || !cookie) throw new Error(`sign-in as ${email}: ${response.status}`);
  return cookie.split(';')[0] ?? '';
}

const ms = (v: number) => (!Number.isFinite(v) ? '–' : v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0));

async function main(): Promise<void> {
  installSignalHandlers();
  const began = performance.now();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hjemvej-bench-time-'));
  onCleanup(async () => fs.rmSync(dataDir, { recursive: true, force: true }));
  const data = await prepareCourseData({ target: { kind: 'pglite', dataDir }, count, seed: 1, log });
  log(`data: ${data.citizensGenerated} citizens; adding flowcard runs and tasks …`);
  const taskStart = performance.now();
  const tasks = await addTasks(dataDir, data.municipalityId);
  log(`  ${tasks.runs} runs, ${tasks.tasks} tasks in ${((performance.now() - taskStart) / 1000).toFixed(1)} s`);

  const server = await startServer({ databaseUrl: `pglite://${dataDir}` });
  const target = server.target;
  const leader = await signIn(target, leaderEmail);
  const today = todayInDenmark();
  const period = `from=${addDays(today, -365)}&to=${today}`;
  const report = await send(target, { method: 'GET', path: `/api/time-report?${period}`, headers: { cookie: leader } }, false);
  const body = JSON.parse(report.body) as {
    leadTime: { count: number };
    steps: unknown[];
    units: { key: string; label: string; taskCount: number }[];
  };
  const tilskud = body.units.find((u) => u.label === 'Tilskud') ?? body.units[0];
  log(
    `  chart: ${body.leadTime.count} move-ins, ${body.steps.length} step bars, ${body.units.length} unit bars; drill-down bar ${tilskud?.label} (${tilskud?.taskCount} tasks)`,
  );
  const endpoints: { name: string; path: string; request: () => RequestSpec }[] = [
    { name: 'GET /api/health', path: '/api/health', request: () => ({ method: 'GET', path: '/api/health' }) },
    {
      name: 'GET /api/time-report (a year)',
      path: `/api/time-report?${period}`,
      request: () => ({ method: 'GET', path: `/api/time-report?${period}`, headers: { cookie: leader } }),
    },
    {
      name: 'GET /api/time-report/citizens (one unit bar)',
      path: `/api/time-report/citizens?${period}&bar=${tilskud?.key ?? ''}`,
      request: () => ({
        method: 'GET',
        path: `/api/time-report/citizens?${period}&bar=${encodeURIComponent(tilskud?.key ?? '')}`,
        headers: { cookie: leader },
      }),
    },
  ];
  log('load: warm-up …');
  await runLoad({
    target,
    concurrency: 4,
    durationMs: quick ? 2000 : 5000,
    warmupMs: 0,
    request: (i) => (endpoints[i % endpoints.length] ?? endpoints[0])?.request() ?? { method: 'GET', path: '/api/health' },
  });
  const rows: Omit<EndpointResult, 'vsHealth'>[] = [];
  for (const endpoint of endpoints) {
    for (const level of concurrency) {
      log(`load: ${endpoint.name} @${level} …`);
      const result: LoadResult = await runLoad({
        target,
        concurrency: level,
        durationMs: durationSeconds * 1000,
        warmupMs: 500,
        request: endpoint.request,
      });
      rows.push({ name: endpoint.name, method: 'GET', path: endpoint.path, ...result });
    }
  }
  const results = withHealthRatios(
    rows,
    rows.filter((r) => r.path === '/api/health'),
  );
  const memory = server.memory();
  await server.stop();
  const cpus = os.cpus();
  const lines = [
    `Hjemvej "where time goes" bench (issue 4)  ${new Date().toISOString()}`,
    `  node ${process.version} · ${cpus.length} × ${cpus[0]?.model.trim() ?? '?'} · load average ${os
      .loadavg()
      .map((v) => v.toFixed(2))
      .join(' ')}`,
    `  data: ${data.citizensGenerated} generated citizens + demo; ${tasks.runs} flowcard runs, ${tasks.tasks} tasks opened over the last year; ${body.leadTime.count} move-ins in the period`,
    `  ${durationSeconds} s per row; peak RSS ${memory.peakRssMiB?.toFixed(0) ?? '–'} MiB`,
    '',
    '  endpoint                                      conc  requests   req/s  p50 ms  p99 ms  failed  p50 ÷ health',
    ...results.map(
      (r) =>
        `  ${r.name.padEnd(44)} ${String(r.concurrency).padStart(4)} ${String(r.completed).padStart(9)} ${r.throughput.toFixed(0).padStart(7)} ${ms(r.latencyMs.p50).padStart(7)} ${ms(r.latencyMs.p99).padStart(7)} ${String(r.non2xx + r.errors).padStart(7)}  ${r.path === '/api/health' ? '1×' : `${r.vsHealth.p50?.toFixed(1) ?? '–'}×`}`,
    ),
    '',
    `Total bench time ${((performance.now() - began) / 1000).toFixed(0)} s.`,
  ];
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify({ generatedAt: new Date().toISOString(), data, tasks, results }, null, 2)}\n`);
  process.stdout.write(`\n${lines.join('\n')}\nJSON: ${path.relative(process.cwd(), out)}\n`);
}

try {
  await main();
} finally {
  await cleanUp();
}
