import { sql, type Kysely } from 'kysely';

/**
 * The taskforce's frozen data packages (modules/taskforce, issue 13 point 3): the suppressed
 * figures of the course's municipality for a period, with the key-figure definitions' version,
 * who froze them and when. A package never changes: a trigger refuses UPDATE. Freezing again
 * adds the next version; version 1 stays the course's baseline. The user who froze it is kept
 * by id and name without a foreign key, so the package outlives the user unchanged.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE taskforce_data_packages (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      course_id uuid NOT NULL REFERENCES taskforce_courses (id),
      municipality_id uuid NOT NULL REFERENCES organisations (id),
      version integer NOT NULL CHECK (version >= 1),
      period_from date NOT NULL,
      period_to date NOT NULL CHECK (period_to >= period_from),
      reference_date date NOT NULL,
      key_figure_version integer NOT NULL,
      threshold integer NOT NULL CHECK (threshold >= 3),
      content jsonb NOT NULL,
      frozen_by_user_id uuid,
      frozen_by_name text NOT NULL,
      frozen_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (course_id, version)
    );

    CREATE FUNCTION taskforce_data_packages_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'taskforce_data_packages are frozen: % is not allowed', TG_OP;
    END;
    $$;
    CREATE TRIGGER taskforce_data_packages_no_update BEFORE UPDATE ON taskforce_data_packages
      FOR EACH ROW EXECUTE FUNCTION taskforce_data_packages_frozen();
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE taskforce_data_packages;
    DROP FUNCTION taskforce_data_packages_frozen();
  `.execute(db);
}
