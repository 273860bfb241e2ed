/**
 * Data for the course bench: a fresh PGlite folder (or a fresh PostgreSQL database), migrated, with the demo data, plus `count`
 * synthetic citizens of Demo Kommune with their histories (generateCitizens), written in the
 * bench process before the server starts on the same folder. The database is closed again
 * before the server opens it: PGlite allows one process per folder.
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
// The server's `declare module 'fastify'` (access/actor.ts) comes in through generateCitizens; the
// root project needs fastify in the program for that augmentation to type-check.
import type {} from 'fastify';
import type { DatabaseTarget } from '../../packages/server/src/config/database-url';
import { demoOrganisationId, migrateAndSeedDemo, withDatabase } from './database';
import { generateCitizens } from '../../packages/server/src/demo/generate-citizens';

export const demoMunicipalityName = 'Demo Kommune';
export const demoShelterName = 'Forsorgshjemmet Havnely';
/** The support team the generated courses belong to (without one, generateCitizens makes no courses). */
export const demoSupportTeamName = 'CTI-team';
export const caseworkerEmail = 'sagsbehandler@demo.hjemvej.dk';

export interface CourseDataOptions {
  /** A new PGlite folder, or a new, empty PostgreSQL database. */
  readonly target: DatabaseTarget;
  readonly count: number;
  readonly seed: number;
  readonly log: (line: string) => void;
}

export interface CourseData {
  readonly municipalityId: string;
  readonly shelterId: string;
  readonly teamUnitId: string | null;
  readonly citizensGenerated: number;
  readonly rowsWritten: number;
  /** Migrations + demo data. */
  readonly demoSeconds: number;
  /** generateCitizens alone. */
  readonly generateSeconds: number;
}

export async function prepareCourseData(options: CourseDataOptions): Promise<CourseData> {
  const { log } = options;
  return withDatabase(options.target, async (db) => {
    const demoStart = performance.now();
    await migrateAndSeedDemo(db, log);
    const demoSeconds = (performance.now() - demoStart) / 1000;

    const municipalityId = await demoOrganisationId(db, demoMunicipalityName);
    const shelterId = await demoOrganisationId(db, demoShelterName);
    const team = await db
      .selectFrom('units')
      .select('id')
      .where('organisation_id', '=', municipalityId)
      .where('name', '=', demoSupportTeamName)
      .executeTakeFirst();
    const caseworker = await db.selectFrom('users').select('id').where('email', '=', caseworkerEmail).executeTakeFirst();

    log(`data: generating ${options.count} citizens (seed ${options.seed}) …`);
    const generateStart = performance.now();
    let lastPrinted = 0;
    const result = await generateCitizens(db, {
      municipalityId,
      shelterId,
      teamUnitId: team?.id ?? null,
      createdByUserId: caseworker?.id ?? null,
      count: options.count,
      seed: options.seed,
      onProgress: (done, total) => {
        const now = performance.now();
        // One line per batch would be 20 lines for 10,000: print about every 2 s, and the last.
        if (done === total || now - lastPrinted > 2_000) {
          lastPrinted = now;
          log(`  ${done}/${total} citizens, ${((now - generateStart) / 1000).toFixed(1)} s`);
        }
      },
    });
    // PostgreSQL's autovacuum would analyze the new rows soon after the load (PGlite: the server
    // refreshes stale statistics in the background after start); do it now so the run does not
    // depend on when that happens.
    await sql`ANALYZE`.execute(db);
    const generateSeconds = (performance.now() - generateStart) / 1000;
    return {
      municipalityId,
      shelterId,
      teamUnitId: team?.id ?? null,
      citizensGenerated: result.citizens,
      rowsWritten: result.rows,
      demoSeconds,
      generateSeconds,
    };
  });
}
