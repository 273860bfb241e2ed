import { sql, type Kysely } from 'kysely';

/**
 * The taskforce course an accepted application becomes (modules/taskforce): its four phases
 * with planned and actual dates, the activities each phase holds, the collaboration agreement
 * with its data-collection clause (which data, which period, who sees what, valid until), and
 * the municipality's implementation team and steering group.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE taskforce_courses (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      application_id uuid NOT NULL UNIQUE REFERENCES taskforce_applications (id),
      municipality_id uuid NOT NULL REFERENCES organisations (id),
      season_year integer NOT NULL CHECK (season_year BETWEEN 2000 AND 2100),
      season_term text NOT NULL CHECK (season_term IN ('spring', 'autumn')),
      agreement_signed_on date,
      agreement_document text NOT NULL DEFAULT '' CHECK (length(agreement_document) <= 500),
      data_scope text NOT NULL DEFAULT '' CHECK (length(data_scope) <= 4000),
      data_period_from date,
      data_period_to date CHECK (data_period_to >= data_period_from),
      data_access text NOT NULL DEFAULT '' CHECK (length(data_access) <= 4000),
      data_valid_until date,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1 CHECK (version >= 1)
    );
    CREATE INDEX taskforce_courses_municipality ON taskforce_courses (municipality_id);

    CREATE TABLE taskforce_course_phases (
      course_id uuid NOT NULL REFERENCES taskforce_courses (id) ON DELETE CASCADE,
      phase text NOT NULL CHECK (phase IN ('preparation', 'analysis', 'development', 'anchoring')),
      planned_start date NOT NULL,
      planned_end date NOT NULL CHECK (planned_end >= planned_start),
      actual_start date,
      actual_end date CHECK (actual_end >= actual_start),
      PRIMARY KEY (course_id, phase)
    );

    CREATE TABLE taskforce_course_activities (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      course_id uuid NOT NULL REFERENCES taskforce_courses (id) ON DELETE CASCADE,
      phase text NOT NULL CHECK (phase IN ('preparation', 'analysis', 'development', 'anchoring')),
      kind text NOT NULL CHECK (kind IN (
        'start_up_meeting', 'kick_off_workshop', 'status_meeting', 'learning_activity', 'political_presentation')),
      title text NOT NULL DEFAULT '' CHECK (length(title) <= 200),
      planned_on date NOT NULL,
      done_on date,
      note text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX taskforce_course_activities_course ON taskforce_course_activities (course_id, planned_on);

    CREATE TABLE taskforce_course_members (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      course_id uuid NOT NULL REFERENCES taskforce_courses (id) ON DELETE CASCADE,
      body text NOT NULL CHECK (body IN ('implementation_team', 'steering_group')),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      role text NOT NULL DEFAULT '' CHECK (length(role) <= 200),
      position integer NOT NULL CHECK (position >= 0)
    );
    CREATE INDEX taskforce_course_members_course ON taskforce_course_members (course_id, body, position);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE taskforce_course_members;
    DROP TABLE taskforce_course_activities;
    DROP TABLE taskforce_course_phases;
    DROP TABLE taskforce_courses;
  `.execute(db);
}
