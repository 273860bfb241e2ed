import { sql, type Kysely } from 'kysely';

/**
 * A team's next fidelity measurement as a task in its inbox (modules/fidelity, issue 11): the
 * latest measurement of a team and method points at the task made when the next one fell due
 * (`fidelity-due-job.ts`), so the task is made once per measurement however often the job runs.
 * Recording the next measurement marks the task done. A deleted task leaves the pointer null.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE fidelity_measurements ADD COLUMN due_task_id uuid NULL REFERENCES tasks (id) ON DELETE SET NULL;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE fidelity_measurements DROP COLUMN due_task_id;`.execute(db);
}
