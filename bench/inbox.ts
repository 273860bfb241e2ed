/**
 * `npm run bench:inbox [-- --quick] [-- --count N] [-- --tasks N]`: issue 4's "Measured" for
 * tasks. With `count` synthetic citizens (default 10,000) and `tasks` open tasks (default
 * 2,000) in the jobcentre's unit spread over them (some urgent, some overdue, some taken), the
 * unit inbox's first page (most urgent first) and its second page, as jobcenter@demo, under
 * concurrent load, next to GET /api/health measured in the same run against the same server.
 * Prints a table with the ratio to health and writes bench/results/inbox-latest.json.
 * Benchmarks print; they never fail on a number.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { addDays } from '../packages/domain/src/index';
import type { Db } from '../packages/server/src/database/connection';
import { todayInDenmark } from '../packages/server/src/calendar/danish-time';
import { send } from './lib/load';
import { commonUsage, generatedDataBench } from './lib/args';
import { endpointTable, machineLine, totalTimeLine } from './lib/report';
import { getRequest, measureEndpointsAndStop, signInDemo, startOnGeneratedData, type MeasuredEndpoint } from './lib/scenario';
import { runBench } from './lib/server-process';

const usage = `npm run bench:inbox [-- options]
  --count <n>          generated citizens (default 10,000)
  --tasks <n>          open tasks in the jobcentre's unit (default 2,000)
  --quick              1 s per row
${commonUsage}
`;
const { text, settings: common } = generatedDataBench('inbox', usage, { tasks: { type: 'string' } });
const settings = { ...common, tasks: Number(text('tasks') ?? 2_000) };
const unitName = 'Jobcenter – kontanthjælp';
const memberEmail = 'jobcenter@demo.hjemvej.dk';

const log = (line: string) => process.stderr.write(`${line}\n`);

/** Open tasks for the unit, over the generated citizens: every 10th urgent, every 7th overdue, every 3rd taken. */
async function addTasks(db: Db, municipalityId: string): Promise<{ tasks: number; citizens: number }> {
  const unit = await db
    .selectFrom('units')
    .select('id')
    .where('organisation_id', '=', municipalityId)
    .where('name', '=', unitName)
    .executeTakeFirstOrThrow();
  const member = await db.selectFrom('users').select('id').where('email', '=', memberEmail).executeTakeFirstOrThrow();
  const citizens = await db
    .selectFrom('citizens')
    .select('id')
    .where('handlekommune_id', '=', municipalityId)
    .orderBy('id')
    .execute();
  const today = todayInDenmark();
  const rows = Array.from({ length: settings.tasks }, (_, i) => {
    const citizen = citizens[(i * 5) % citizens.length];
    if (!citizen) throw new Error('no citizens');
    const due = addDays(today, (i % 7 === 0 ? -5 : 1) + (i % 30));
    return {
      organisation_id: municipalityId,
      citizen_id: citizen.id,
      unit_id: unit.id,
      title: `Afklar indtægt ${i + 1}`,
      status: i % 3 === 0 ? ('in_progress' as const) : ('open' as const),
      assignee_user_id: i % 3 === 0 ? member.id : null,
      due_on: due,
      normal_due_on: due,
      is_urgent: i % 10 === 0,
      opened_at: new Date(),
      created_by_user_id: null,
    };
  });
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('tasks')
      .values(rows.slice(i, i + 500))
      .execute();
  return { tasks: rows.length, citizens: new Set(rows.map((r) => r.citizen_id)).size };
}

async function main(): Promise<void> {
  const began = performance.now();
  const { data, added, server } = await startOnGeneratedData({
    folderPrefix: 'hjemvej-bench-inbox-',
    count: settings.count,
    log,
    postgres: settings.postgres,
    addRows: (db, generated) => addTasks(db, generated.municipalityId),
  });
  log(`  ${data.citizensGenerated} citizens, ${added.tasks} open tasks over ${added.citizens} citizens in ${unitName}`);
  const target = server.target;
  const { cookie } = await signInDemo(target, memberEmail);
  const probe = await send(target, { method: 'GET', path: '/api/inbox?pageSize=50', headers: { cookie } }, false);
  const total = (JSON.parse(probe.body) as { total: number }).total;
  log(`  inbox answers ${probe.status}, total ${total}`);

  const endpoints: MeasuredEndpoint[] = [
    { name: 'GET /api/health', path: '/api/health', request: getRequest('/api/health') },
    {
      name: 'GET /api/inbox?pageSize=50 (first page)',
      path: '/api/inbox?pageSize=50',
      request: getRequest('/api/inbox?pageSize=50', cookie),
    },
    {
      name: 'GET /api/inbox?pageSize=50&page=20',
      path: '/api/inbox?pageSize=50&page=20',
      request: getRequest('/api/inbox?pageSize=50&page=20', cookie),
    },
    {
      name: 'GET /api/notifications/unread-count',
      path: '/api/notifications/unread-count',
      request: getRequest('/api/notifications/unread-count', cookie),
    },
  ];
  const { results, health, memory } = await measureEndpointsAndStop(server, endpoints, settings, { maxRequests: 3_000, log });
  const lines = [
    `Hjemvej inbox bench (issue 4)  ${new Date().toISOString()}`,
    machineLine(),
    `  data: ${data.citizensGenerated} generated citizens + demo; ${added.tasks} open tasks in ${unitName} over ${added.citizens} citizens (inbox total ${total}); ${settings.durationSeconds} s per row; peak RSS ${memory.peakRssMiB?.toFixed(0) ?? '?'} MiB`,
    '',
    ...endpointTable(results, health, 44),
    '',
    totalTimeLine(began),
  ];
  fs.mkdirSync(path.dirname(settings.out), { recursive: true });
  fs.writeFileSync(settings.out, `${JSON.stringify({ settings, data, added, total, results }, null, 2)}\n`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

await runBench(main);
