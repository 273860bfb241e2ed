/**
 * `npm run bench:matching [-- --quick] [-- --count N] [-- --postgres]`: issue 12's "Measured".
 * Matching one vacancy against the homeless citizens of a municipality with `count` generated
 * citizens (default 10,000; the national synthetic data set is not used here): every generated
 * citizen of Demo Kommune gets a housing profile (varied rent limit, areas, household, ready
 * date, support planned), one new vacant dwelling is added, and
 * `GET /api/housing-supply/vacancies/:id/matches` is measured as boliganvisning@demo, under
 * concurrent load, next to `GET /api/health` in the same run against the same server. The
 * matching query reads only the homeless (or unknown) people in scope without an open or
 * accepted offer, so the by-name list is asked once first to bring `course_status` up to date,
 * as after the first view of the day. Prints a table with the ratio to health and writes
 * bench/results/matching-latest.json. Benchmarks print; they never fail on a number.
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

const usage = `npm run bench:matching [-- options]
  --count <n>          generated citizens, each with a housing profile (default 10,000)
  --quick              1 s per row
${commonUsage}
`;
const { settings } = generatedDataBench('matching', usage);
const allocatorEmail = 'boliganvisning@demo.hjemvej.dk';
const caseworkerEmail = 'sagsbehandler@demo.hjemvej.dk';
const areas = ['Bolbro', 'Vollsmose', 'Tarup', 'Dalum', 'Korsløkke', 'Skibhus'];

const log = (line: string) => process.stderr.write(`${line}\n`);

/** A housing profile for every generated citizen of the municipality, and one vacant dwelling to match. */
async function addProfilesAndVacancy(db: Db, municipalityId: string): Promise<{ profiles: number; vacancyId: string }> {
  const today = todayInDenmark();
  const citizens = await db
    .selectFrom('citizens')
    .select('id')
    .where('handlekommune_id', '=', municipalityId)
    .where('merged_into_id', 'is', null)
    .orderBy('id')
    .execute();
  const rows = citizens.map((c, i) => ({
    citizen_id: c.id,
    organisation_id: municipalityId,
    wished_areas: JSON.stringify(i % 3 === 0 ? [] : [areas[i % areas.length], areas[(i + 2) % areas.length]]),
    excluded_areas: JSON.stringify(i % 5 === 0 ? [areas[(i + 1) % areas.length]] : []),
    household_size: 1 + (i % 4 === 0 ? 1 : 0) + (i % 11 === 0 ? 2 : 0),
    affordable_rent: 2800 + (i % 12) * 100,
    needs_accessible: i % 17 === 0,
    ready_to_move_on: i % 5 === 4 ? null : addDays(today, -(i % 200)),
    support_planned: i % 2 === 0,
    updated_by_user_id: null,
  }));
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('housing_profiles')
      .values(rows.slice(i, i + 500))
      .onConflict((oc) => oc.column('citizen_id').doNothing())
      .execute();
  const fjordbo = await db
    .selectFrom('organisations')
    .select('id')
    .where('name', '=', 'Boligselskabet Fjordbo')
    .executeTakeFirstOrThrow();
  const dwelling = await db
    .insertInto('dwellings')
    .values({
      organisation_id: municipalityId,
      agreement_id: null,
      housing_organisation_id: fjordbo.id,
      landlord_name: null,
      department: 'Afdeling Bolbro',
      address: 'Benchvej 1, 1. tv.',
      area: 'Bolbro',
      dwelling_type: 'family',
      size_m2: 55,
      rooms: 2,
      floor: 1,
      monthly_rent: 3300,
      utilities_estimate: 600,
      deposit: 9900,
      is_accessible: false,
      subsidy_ends_on: null,
      created_by_user_id: null,
      updated_by_user_id: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const vacancy = await db
    .insertInto('dwelling_vacancies')
    .values({
      organisation_id: municipalityId,
      dwelling_id: dwelling.id,
      available_from: addDays(today, -6),
      monthly_rent: 3300,
      ended_on: null,
      end_reason: null,
      reported_by_organisation_id: fjordbo.id,
      reported_by_user_id: null,
      reported_by_name: 'Bench',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { profiles: rows.length, vacancyId: vacancy.id };
}

async function main(): Promise<void> {
  const began = performance.now();
  const { data, added, server } = await startOnGeneratedData({
    folderPrefix: 'hjemvej-bench-matching-',
    count: settings.count,
    log,
    postgres: settings.postgres,
    addRows: (db, generated) => addProfilesAndVacancy(db, generated.municipalityId),
  });
  log(`  ${data.citizensGenerated} citizens, ${added.profiles} housing profiles, vacancy ${added.vacancyId}`);
  const target = server.target;
  // The by-name list brings course_status up to date once (which of them are homeless now).
  const caseworker = await signInDemo(target, caseworkerEmail);
  const refreshStarted = performance.now();
  const refresh = await send(
    target,
    { method: 'GET', path: '/api/by-name-list?pageSize=1', headers: { cookie: caseworker.cookie } },
    false,
  );
  log(
    `  by-name list (course_status refresh) answers ${refresh.status} in ${((performance.now() - refreshStarted) / 1000).toFixed(1)} s`,
  );

  const { cookie } = await signInDemo(target, allocatorEmail);
  const matchesPath = `/api/housing-supply/vacancies/${added.vacancyId}/matches`;
  const probeStarted = performance.now();
  const probe = await send(target, { method: 'GET', path: matchesPath, headers: { cookie } }, false);
  const probeMs = performance.now() - probeStarted;
  if (probe.status !== 200) throw new Error(`matches answered ${probe.status}: ${probe.body.slice(0, 300)}`);
  const answer = JSON.parse(probe.body) as { items: { fits: boolean }[]; fittingTotal: number };
  const items = answer.items;
  const fitting = answer.fittingTotal;
  log(
    `  matches answers ${probe.status} in ${probeMs.toFixed(0)} ms: ${fitting} fit (${items.filter((i) => i.fits).length} listed), ${items.filter((i) => !i.fits).length} nearest misses shown`,
  );

  const endpoints: MeasuredEndpoint[] = [
    { name: 'GET /api/health', path: '/api/health', request: getRequest('/api/health') },
    { name: 'GET …/vacancies/:id/matches', path: matchesPath, request: getRequest(matchesPath, cookie) },
  ];
  const { results, health, memory } = await measureEndpointsAndStop(server, endpoints, settings, { maxRequests: 1_000, log });
  const lines = [
    `Hjemvej matching bench (issue 12)  ${new Date().toISOString()}`,
    machineLine(),
    `  data: ${data.citizensGenerated} generated citizens + demo; ${added.profiles} housing profiles; one vacancy (${fitting} fit, ${items.length} shown); ${settings.durationSeconds} s per row; peak RSS ${memory.peakRssMiB?.toFixed(0) ?? '?'} MiB`,
    '',
    ...endpointTable(results, health, 34),
    '',
    totalTimeLine(began),
  ];
  fs.mkdirSync(path.dirname(settings.out), { recursive: true });
  fs.writeFileSync(
    settings.out,
    `${JSON.stringify({ settings, data, added, fitting, shown: items.length, results }, null, 2)}\n`,
  );
  process.stdout.write(`${lines.join('\n')}\n`);
}

await runBench(main);
