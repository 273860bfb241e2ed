/**
 * The flowcard the time-report and national benches give every municipality: eight steps of the
 * way from the shelter to an own home, with the tasks of its runs inserted in SQL in bulk.
 */
import { sql } from 'kysely';
import type { Db } from '../../packages/server/src/database/connection';
import { insertFlowcard, stepWithDefaults } from '../../packages/server/src/demo/records/flowcard-records';

/** The benches' flowcard: eight steps, each with its unit (by demo name) and a typical wait in days. */
export const benchFlowcardSteps: readonly [string, string, number][] = [
  ['notify', 'Myndighed voksne', 2],
  ['income', 'Jobcenter – kontanthjælp', 6],
  ['plan', 'Myndighed voksne', 12],
  ['register', 'Boliganvisning', 5],
  ['offer', 'Boliganvisning', 20],
  ['support', 'Myndighed voksne', 8],
  ['subsidies', 'Tilskud', 9],
  ['support_start', 'CTI-team', 3],
];

/** The benches' flowcard written for one municipality, each step given to its unit (`unitOf` a demo unit name). */
export function insertBenchFlowcard(db: Db, organisationId: string, name: string, unitOf: (unitName: string) => string) {
  return insertFlowcard(db, {
    organisationId,
    name,
    versionDescription: '',
    steps: benchFlowcardSteps.map(([key, unit, days]) =>
      stepWithDefaults({ key, title: `Trin ${key}`, responsibleUnitId: unitOf(unit), deadlineWorkingDays: days }),
    ),
  });
}

/** The flowcard's steps as SQL VALUES rows (step_key, title, unit_id, days, position) for set-based task inserts. */
export function benchFlowcardStepRows(unitOf: (unitName: string) => string) {
  return sql.join(
    benchFlowcardSteps.map(
      ([key, unit, days], index) =>
        sql`(${key}::text, ${`Trin ${key}`}::text, ${unitOf(unit)}::uuid, ${days}::int, ${index}::int)`,
    ),
  );
}
