import { sql, type Kysely } from 'kysely';

/**
 * The taskforce course's status meetings (modules/taskforce, issue 13 point 7): the meeting held
 * on a day (tied to the course's planned status-meeting activity where one was free), its agenda
 * as the system built it (the plan's actions due since the previous meeting with their task
 * status then), its minutes, each goal's value on live data at the meeting (the snapshot the next
 * meeting's movement starts from), and the decisions, each with an owner, a due date and the task
 * it became in the owner's inbox.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE taskforce_status_meetings (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      course_id uuid NOT NULL REFERENCES taskforce_courses (id),
      activity_id uuid UNIQUE REFERENCES taskforce_course_activities (id),
      held_on date NOT NULL,
      minutes text NOT NULL DEFAULT '' CHECK (length(minutes) <= 20000),
      agenda_actions jsonb NOT NULL DEFAULT '[]'::jsonb,
      created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX taskforce_status_meetings_course ON taskforce_status_meetings (course_id, held_on);

    CREATE TABLE taskforce_status_meeting_goal_values (
      meeting_id uuid NOT NULL REFERENCES taskforce_status_meetings (id),
      goal_id uuid NOT NULL REFERENCES taskforce_goals (id),
      value double precision,
      hidden_label text,
      period_from date NOT NULL,
      period_to date NOT NULL,
      PRIMARY KEY (meeting_id, goal_id)
    );

    CREATE TABLE taskforce_status_meeting_decisions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      meeting_id uuid NOT NULL REFERENCES taskforce_status_meetings (id),
      position integer NOT NULL,
      text text NOT NULL CHECK (length(text) BETWEEN 1 AND 200),
      owner_user_id uuid NOT NULL REFERENCES users (id),
      due_on date NOT NULL,
      task_id uuid REFERENCES tasks (id),
      UNIQUE (meeting_id, position)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE taskforce_status_meeting_decisions;
    DROP TABLE taskforce_status_meeting_goal_values;
    DROP TABLE taskforce_status_meetings;
  `.execute(db);
}
