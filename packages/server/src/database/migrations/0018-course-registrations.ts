import { sql, type Kysely } from 'kysely';

/**
 * Course documentation (modules/course-registrations): dated registrations on a support
 * course, an intake, a status every `registration_interval_months` (the organisation's
 * setting, default 3) and an exit, with every saved version kept (`course_registration_versions`,
 * the shape every versioned record shares). The answers are one JSON document (the contract's
 * `courseRegistrationContentSchema` without kind and date), read and compared whole.
 *
 * `citizen_id` repeats the course's citizen so the scope filter is the same one equality as
 * for every other course record. At most one intake and one exit per course, in the database too.
 * `due_task_id` is the inbox task for the registration due after this one (set when it is saved,
 * see the service). Registrations feed neither the by-name list nor the legal rules, so no
 * `course_status` trigger; an exit ends the course through `support_courses`, whose trigger fires.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE course_registrations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      support_course_id uuid NOT NULL REFERENCES support_courses (id) ON DELETE CASCADE,
      citizen_id uuid NOT NULL REFERENCES citizens (id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('intake', 'status', 'exit')),
      registered_on date NOT NULL,
      content jsonb NOT NULL DEFAULT '{}'::jsonb,
      due_task_id uuid REFERENCES tasks (id) ON DELETE SET NULL,
      created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      updated_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1 CHECK (version >= 1)
    );
    CREATE INDEX course_registrations_course ON course_registrations (support_course_id, registered_on);
    CREATE INDEX course_registrations_citizen ON course_registrations (citizen_id);
    CREATE UNIQUE INDEX course_registrations_one_intake ON course_registrations (support_course_id) WHERE kind = 'intake';
    CREATE UNIQUE INDEX course_registrations_one_exit ON course_registrations (support_course_id) WHERE kind = 'exit';

    CREATE TABLE course_registration_versions (
      course_registration_id uuid NOT NULL REFERENCES course_registrations (id) ON DELETE CASCADE,
      version integer NOT NULL CHECK (version >= 1),
      content jsonb NOT NULL,
      saved_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      saved_by_name text,
      saved_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (course_registration_id, version)
    );

    ALTER TABLE collaboration_settings
      ADD COLUMN registration_interval_months integer NOT NULL DEFAULT 3 CHECK (registration_interval_months BETWEEN 1 AND 12);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE collaboration_settings DROP COLUMN registration_interval_months;
    DROP TABLE course_registration_versions;
    DROP TABLE course_registrations;
  `.execute(db);
}
