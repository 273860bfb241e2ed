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
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { addDays } from '../packages/domain/src/calendar/iso-date';
import type { Db } from '../packages/server/src/database/connection';
import { todayInDenmark } from '../packages/server/src/calendar/danish-time';
import { runLoad, send } from './lib/load';
import { commonUsage, generatedDataBench } from './lib/args';
import { benchFlowcardStepRows, insertBenchFlowcard } from './lib/bench-flowcard';
import { machineLine, ms, withHealthRatios } from './lib/report';
import { getRequest, measureEndpoints, signInDemo, startOnGeneratedData, type MeasuredEndpoint } from './lib/scenario';
import { runBench } from './lib/server-process';

const usage = `npm run bench:time-report [-- options]
  --count <n>          generated citizens, each with a flowcard run of eight steps (default 10,000)
  --quick              2 s per row
${commonUsage}
`;
const { text, settings } = generatedDataBench('time-report', usage);
const { count, concurrency, out, quick } = settings;
const durationSeconds = text('duration') !== undefined ? settings.durationSeconds : quick ? 2 : 5;
const leaderEmail = 'leder@demo.hjemvej.dk';
const log = (line: string) => process.stderr.write(`${line}\n`);

/** One flowcard, one run per citizen, eight tasks per run: written in a few set-based statements. */
async function addTasks(db: Db, municipalityId: string): Promise<{ runs: number; tasks: number }> {
  const units = await db.selectFrom('units').select(['id', 'name']).where('organisation_id', '=', municipalityId).execute();
  const unitOf = (name: string) => units.find((u) => u.name === name)?.id ?? units[0]?.id ?? '';
  const flowcard = await insertBenchFlowcard(db, municipalityId, 'Bench: fra forsorgshjem til egen bolig', unitOf);
  const today = todayInDenmark();
  await sql`
    INSERT INTO flowcard_runs (organisation_id, flowcard_id, flowcard_version, citizen_id, started_on)
    SELECT ${municipalityId}, ${flowcard.id}, 1, c.id, ${today}::date - (abs(hashtext(c.id::text)) % 365)
    FROM citizens c WHERE c.handlekommune_id = ${municipalityId} AND c.merged_into_id IS NULL`.execute(db);
  const stepRows = benchFlowcardStepRows(unitOf);
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
}

async function main(): Promise<void> {
  const began = performance.now();
  const {
    data,
    added: tasks,
    server,
  } = await startOnGeneratedData({
    folderPrefix: 'hjemvej-bench-time-',
    count,
    log,
    postgres: settings.postgres,
    addRows: async (db, generated) => {
      log(`data: ${generated.citizensGenerated} citizens; adding flowcard runs and tasks …`);
      const taskStart = performance.now();
      const added = await addTasks(db, generated.municipalityId);
      log(`  ${added.runs} runs, ${added.tasks} tasks in ${((performance.now() - taskStart) / 1000).toFixed(1)} s`);
      return added;
    },
  });
  const target = server.target;
  const { cookie: leader } = await signInDemo(target, leaderEmail);
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
  const endpoints: MeasuredEndpoint[] = [
    { name: 'GET /api/health', path: '/api/health', request: getRequest('/api/health') },
    {
      name: 'GET /api/time-report (a year)',
      path: `/api/time-report?${period}`,
      request: getRequest(`/api/time-report?${period}`, leader),
    },
    {
      name: 'GET /api/time-report/citizens (one unit bar)',
      path: `/api/time-report/citizens?${period}&bar=${tilskud?.key ?? ''}`,
      request: getRequest(`/api/time-report/citizens?${period}&bar=${encodeURIComponent(tilskud?.key ?? '')}`, leader),
    },
  ];
  log('load: warm-up …');
  await runLoad({
    target,
    concurrency: 4,
    durationMs: quick ? 2000 : 5000,
    warmupMs: 0,
    request: (i) => (endpoints[i % endpoints.length] ?? endpoints[0])?.request(i) ?? { method: 'GET', path: '/api/health' },
  });
  const rows = await measureEndpoints(target, endpoints, { levels: concurrency, durationSeconds, warmupSeconds: 0.5, log });
  const results = withHealthRatios(
    rows,
    rows.filter((r) => r.path === '/api/health'),
  );
  const memory = server.memory();
  await server.stop();
  const lines = [
    `Hjemvej "where time goes" bench (issue 4)  ${new Date().toISOString()}`,
    machineLine(),
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

await runBench(main);
