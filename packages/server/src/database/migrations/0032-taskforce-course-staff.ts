import { sql, type Kysely } from 'kysely';

/**
 * The taskforce's own people on each course (modules/taskforce, issue 13 Access): the national
 * agency's consultants and Ankestyrelsen's reviewers who work on the course. A national user
 * reaches a course only when on its staff (`taskforce-reach.ts`); the municipality's own
 * implementation team and steering group are `taskforce_course_members`, a different thing.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE taskforce_course_staff (
      course_id uuid NOT NULL REFERENCES taskforce_courses (id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users (id),
      added_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      added_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (course_id, user_id)
    );
    CREATE INDEX taskforce_course_staff_user ON taskforce_course_staff (user_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE taskforce_course_staff;`.execute(db);
}
