import { sql, type Kysely } from 'kysely';

/**
 * Programmes (modules/programmes): the national agency's implementation programmes, their
 * member municipalities and § 110 shelters (role, methods implemented, joined and left), and
 * the travelling team's activities with the members each involved. No citizen is referred to
 * anywhere: phone advice is logged with a topic and a note, nothing else.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE programmes (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organisation_id uuid NOT NULL REFERENCES organisations (id),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      starts_on date NOT NULL,
      ends_on date NOT NULL CHECK (ends_on >= starts_on),
      owner_user_id uuid NOT NULL REFERENCES users (id),
      description text NOT NULL DEFAULT '' CHECK (length(description) <= 4000),
      created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      updated_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1 CHECK (version >= 1)
    );
    CREATE INDEX programmes_organisation ON programmes (organisation_id, starts_on);

    CREATE TABLE programme_members (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      programme_id uuid NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
      organisation_id uuid NOT NULL REFERENCES organisations (id),
      role text NOT NULL CHECK (role IN ('participant', 'ambassador')),
      methods jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(methods) = 'array'),
      joined_on date NOT NULL,
      left_on date CHECK (left_on >= joined_on),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (programme_id, organisation_id)
    );
    CREATE INDEX programme_members_organisation ON programme_members (organisation_id);

    CREATE TABLE programme_activities (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      programme_id uuid NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('visit', 'seminar', 'network_meeting', 'phone_advice', 'competence_development')),
      occurred_on date NOT NULL,
      topic text NOT NULL CHECK (length(topic) BETWEEN 1 AND 200),
      note text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
      created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX programme_activities_programme ON programme_activities (programme_id, occurred_on);

    -- Removing a member removes it from the activities it took part in; the activities stay.
    CREATE TABLE programme_activity_members (
      activity_id uuid NOT NULL REFERENCES programme_activities (id) ON DELETE CASCADE,
      member_id uuid NOT NULL REFERENCES programme_members (id) ON DELETE CASCADE,
      PRIMARY KEY (activity_id, member_id)
    );
    CREATE INDEX programme_activity_members_member ON programme_activity_members (member_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE programme_activity_members;
    DROP TABLE programme_activities;
    DROP TABLE programme_members;
    DROP TABLE programmes;
  `.execute(db);
}
