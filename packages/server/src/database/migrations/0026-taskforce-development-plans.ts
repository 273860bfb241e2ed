import { sql, type Kysely } from 'kysely';

/**
 * The taskforce course's development plan (modules/taskforce, issue 13 point 6): development
 * points under the four themes, goals on a key-figure measure with their baseline taken from a
 * frozen data package, a target and a date and an owner; actions with an owner and a due date,
 * each becoming a task in the owner's inbox; and the learning activities logged. A task may now
 * be about no citizen (an action's task): `tasks.citizen_id` becomes nullable.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE taskforce_development_points (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      course_id uuid NOT NULL REFERENCES taskforce_courses (id),
      theme text NOT NULL CHECK (theme IN ('housing_supply', 'support_methods', 'organisation', 'legal_quality')),
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      description text NOT NULL DEFAULT '' CHECK (length(description) <= 4000),
      created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX taskforce_development_points_course ON taskforce_development_points (course_id, created_at);

    CREATE TABLE taskforce_goals (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      point_id uuid NOT NULL REFERENCES taskforce_development_points (id),
      measure text NOT NULL,
      baseline_package_id uuid NOT NULL REFERENCES taskforce_data_packages (id),
      baseline double precision NOT NULL,
      target double precision NOT NULL,
      target_on date NOT NULL,
      owner_user_id uuid NOT NULL REFERENCES users (id),
      description text NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
      created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX taskforce_goals_point ON taskforce_goals (point_id, created_at);

    CREATE TABLE taskforce_actions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      goal_id uuid NOT NULL REFERENCES taskforce_goals (id),
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      owner_user_id uuid REFERENCES users (id),
      due_on date,
      task_id uuid REFERENCES tasks (id),
      created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX taskforce_actions_goal ON taskforce_actions (goal_id, created_at);

    CREATE TABLE taskforce_learning_activities (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      course_id uuid NOT NULL REFERENCES taskforce_courses (id),
      held_on date NOT NULL,
      theme text NOT NULL CHECK (theme IN ('housing_supply', 'support_methods', 'organisation', 'legal_quality')),
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      participants text NOT NULL DEFAULT '' CHECK (length(participants) <= 2000),
      created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX taskforce_learning_activities_course ON taskforce_learning_activities (course_id, held_on);

    ALTER TABLE tasks ALTER COLUMN citizen_id DROP NOT NULL;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE taskforce_learning_activities;
    DROP TABLE taskforce_actions;
    -- The actions' tasks go with them (their events and notifications cascade).
    DELETE FROM tasks WHERE citizen_id IS NULL;
    ALTER TABLE tasks ALTER COLUMN citizen_id SET NOT NULL;
    DROP TABLE taskforce_goals;
    DROP TABLE taskforce_development_points;
  `.execute(db);
}
