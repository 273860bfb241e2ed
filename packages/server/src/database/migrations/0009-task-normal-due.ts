import { sql, type Kysely } from 'kysely';

/**
 * A task's deadline without "Housing First haster": kept beside `due_on` (the deadline that
 * applies) so that clearing urgency restores the normal deadline, for tasks made by hand as
 * well as from a flowcard.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE tasks ADD COLUMN normal_due_on date;
    UPDATE tasks SET normal_due_on = due_on;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE tasks DROP COLUMN normal_due_on;`.execute(db);
}
