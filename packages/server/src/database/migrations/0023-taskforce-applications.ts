import { sql, type Kysely } from 'kysely';

/**
 * The taskforce's intake (modules/taskforce): a municipality's application (what it needs help
 * with under each of the four themes, what it expects the course to achieve, its contact
 * persons) and the national taskforce's answer: accepted into a season, deferred or declined
 * with a reason. A season's capacity is stored only when the taskforce sets one; otherwise the
 * domain's default applies. A municipality has at most one open application.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE taskforce_seasons (
      year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
      term text NOT NULL CHECK (term IN ('spring', 'autumn')),
      capacity integer NOT NULL CHECK (capacity BETWEEN 0 AND 20),
      updated_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (year, term)
    );

    CREATE TABLE taskforce_applications (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      municipality_id uuid NOT NULL REFERENCES organisations (id),
      status text NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted', 'deferred', 'accepted', 'declined')),
      need_housing_supply text NOT NULL DEFAULT '' CHECK (length(need_housing_supply) <= 4000),
      need_support_methods text NOT NULL DEFAULT '' CHECK (length(need_support_methods) <= 4000),
      need_organisation text NOT NULL DEFAULT '' CHECK (length(need_organisation) <= 4000),
      need_legal_quality text NOT NULL DEFAULT '' CHECK (length(need_legal_quality) <= 4000),
      expectations text NOT NULL CHECK (length(expectations) BETWEEN 1 AND 4000),
      preferred_year integer CHECK (preferred_year BETWEEN 2000 AND 2100),
      preferred_term text CHECK (preferred_term IN ('spring', 'autumn')),
      season_year integer CHECK (season_year BETWEEN 2000 AND 2100),
      season_term text CHECK (season_term IN ('spring', 'autumn')),
      decision_reason text CHECK (length(decision_reason) BETWEEN 1 AND 4000),
      decided_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      decided_at timestamptz,
      submitted_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      updated_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
      CHECK ((preferred_year IS NULL) = (preferred_term IS NULL)),
      CHECK ((season_year IS NULL) = (season_term IS NULL)),
      CHECK (status <> 'accepted' OR season_year IS NOT NULL),
      CHECK (status NOT IN ('deferred', 'declined') OR decision_reason IS NOT NULL),
      CHECK (need_housing_supply <> '' OR need_support_methods <> '' OR need_organisation <> '' OR need_legal_quality <> '')
    );
    CREATE UNIQUE INDEX taskforce_applications_one_open ON taskforce_applications (municipality_id)
      WHERE status IN ('submitted', 'deferred');
    CREATE INDEX taskforce_applications_season ON taskforce_applications (season_year, season_term) WHERE status = 'accepted';

    CREATE TABLE taskforce_application_contacts (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      application_id uuid NOT NULL REFERENCES taskforce_applications (id) ON DELETE CASCADE,
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      title text NOT NULL DEFAULT '' CHECK (length(title) <= 200),
      email text NOT NULL DEFAULT '' CHECK (length(email) <= 254),
      phone text NOT NULL DEFAULT '' CHECK (length(phone) <= 40),
      position integer NOT NULL CHECK (position >= 0)
    );
    CREATE INDEX taskforce_application_contacts_application ON taskforce_application_contacts (application_id, position);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE taskforce_application_contacts;
    DROP TABLE taskforce_applications;
    DROP TABLE taskforce_seasons;
  `.execute(db);
}
