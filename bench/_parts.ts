import { holidaysAround, periodWindowKey, trendQuarters, addDays } from '../packages/domain/src/index';
import { compileStatement } from '../packages/server/src/database/reviewable-sql';
import { memberRowsQuery } from '../packages/server/src/modules/key-figures/key-figures-queries';
import pg from 'pg';
const client = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/hjemvej_national' });
await client.connect();
await client.query("SET work_mem = '64MB'");
const org = (await client.query("select id from organisations where name = $1", [process.argv[2] ?? 'Demo Kommune'])).rows[0].id;
const today = '2026-12-05';
const windows = [{ key: periodWindowKey, from: addDays(today, -364), to: today }, ...trendQuarters(today)];
const q = compileStatement(memberRowsQuery({ kind: 'municipality', organisationId: org }, { windows, asOf: today, holidays: holidaysAround(windows, today) }));
const head = q.sql.slice(0, q.sql.lastIndexOf('\nSELECT mb.win'));
const names = [...head.matchAll(/^([a-z0-9_]+) AS \(/gm)].map((m) => m[1]!);
for (const name of names) {
  const text = `${head}\nSELECT count(*) FROM ${name}`;
  const n = (text.match(/\$\d+/g) ?? []).map((x) => Number(x.slice(1)));
  const max = Math.max(0, ...n);
  const t0 = Date.now();
  try {
    const r = await client.query(`${head.replace(/^WITH /, 'WITH ')}\nSELECT count(*) FROM ${name}`, q.parameters.slice(0, max) as unknown[]);
    console.log(name.padEnd(16), String(Date.now() - t0).padStart(6), 'ms', r.rows[0].count);
  } catch (e) { console.log(name, 'error', (e as Error).message.slice(0, 80)); }
}
await client.end();
