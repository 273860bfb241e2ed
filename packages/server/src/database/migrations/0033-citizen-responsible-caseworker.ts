import { sql, type Kysely } from 'kysely';

/**
 * The citizen's responsible caseworker (sagsansvarlig, issue 14): one user of the handlekommune
 * who carries the case. The caseworker's start page lists "my citizens" by the handlekommune and
 * the user, so the index bounds the read by the municipality as every interactive read is.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE citizens ADD COLUMN responsible_user_id uuid NULL REFERENCES users (id);
    CREATE INDEX citizens_handlekommune_responsible ON citizens (handlekommune_id, responsible_user_id)
      WHERE responsible_user_id IS NOT NULL;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP INDEX citizens_handlekommune_responsible;
    ALTER TABLE citizens DROP COLUMN responsible_user_id;
  `.execute(db);
}
