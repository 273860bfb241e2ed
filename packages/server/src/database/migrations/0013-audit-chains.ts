/**
 * Audit events in parallel, keyed chains (issue 9 point 3, issue 10 point 2): each event gets
 * its chain, its position in it and the id of the key that hashed it. The events written before
 * become the start of chain 0 (positions in id order, key id null: their plain SHA-256 stays).
 * `audit_chains` holds each chain's head; the writer creates its rows from the events, so it
 * is left out of backups. The append-only trigger is paused only for the backfill.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE audit_events ADD COLUMN chain smallint, ADD COLUMN position bigint, ADD COLUMN key_id text;
    ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update;
    UPDATE audit_events e SET chain = 0, position = numbered.position
      FROM (SELECT id, row_number() OVER (ORDER BY id) AS position FROM audit_events) numbered
      WHERE numbered.id = e.id;
    ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update;
    ALTER TABLE audit_events ALTER COLUMN chain SET NOT NULL, ALTER COLUMN position SET NOT NULL;
    CREATE UNIQUE INDEX audit_events_chain_position ON audit_events (chain, position);

    CREATE TABLE audit_chains (
      chain smallint PRIMARY KEY,
      position bigint NOT NULL,
      head_hash text NOT NULL
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE audit_chains;
    DROP INDEX audit_events_chain_position;
    ALTER TABLE audit_events DROP COLUMN key_id, DROP COLUMN position, DROP COLUMN chain;
  `.execute(db);
}
