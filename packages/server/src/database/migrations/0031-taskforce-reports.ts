import { sql, type Kysely } from 'kysely';

/**
 * The taskforce course's analysis report and anchoring (modules/taskforce, issue 13 points 5 and
 * 8): one report per course (draft or published, with its version for optimistic concurrency),
 * assembled from one frozen data package, with the taskforce's analysis per theme as JSON
 * ({ theme: text }); its recommendations, each under a theme with its evidence (a measure of the
 * report's package and/or a note) and the development point it became; one anchoring plan per
 * course (draft or agreed, versioned) and its items, each with an owner and how it is followed up.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE taskforce_reports (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      course_id uuid NOT NULL UNIQUE REFERENCES taskforce_courses (id),
      status text NOT NULL CHECK (status IN ('draft', 'published')),
      version integer NOT NULL DEFAULT 1,
      data_package_id uuid REFERENCES taskforce_data_packages (id),
      summary text NOT NULL DEFAULT '' CHECK (length(summary) <= 8000),
      analyses jsonb NOT NULL DEFAULT '{}'::jsonb,
      published_at timestamptz,
      published_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      updated_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      CHECK ((status = 'published') = (published_at IS NOT NULL))
    );

    CREATE TABLE taskforce_recommendations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      report_id uuid NOT NULL REFERENCES taskforce_reports (id),
      theme text NOT NULL CHECK (theme IN ('housing_supply', 'support_methods', 'organisation', 'legal_quality')),
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      text text NOT NULL DEFAULT '' CHECK (length(text) <= 4000),
      evidence_measure text,
      evidence_note text NOT NULL DEFAULT '' CHECK (length(evidence_note) <= 2000),
      development_point_id uuid UNIQUE REFERENCES taskforce_development_points (id),
      version integer NOT NULL DEFAULT 1,
      created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (evidence_measure IS NOT NULL OR evidence_note <> '')
    );
    CREATE INDEX taskforce_recommendations_report ON taskforce_recommendations (report_id, created_at);

    CREATE TABLE taskforce_anchoring_plans (
      course_id uuid PRIMARY KEY REFERENCES taskforce_courses (id),
      status text NOT NULL CHECK (status IN ('draft', 'agreed')),
      version integer NOT NULL DEFAULT 1,
      description text NOT NULL DEFAULT '' CHECK (length(description) <= 8000),
      updated_at timestamptz NOT NULL DEFAULT now(),
      updated_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL
    );

    CREATE TABLE taskforce_anchoring_items (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      course_id uuid NOT NULL REFERENCES taskforce_anchoring_plans (course_id),
      position integer NOT NULL,
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      owner_user_id uuid REFERENCES users (id),
      follow_up text NOT NULL DEFAULT '' CHECK (length(follow_up) <= 2000),
      review_on date,
      UNIQUE (course_id, position)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE taskforce_anchoring_items;
    DROP TABLE taskforce_anchoring_plans;
    DROP TABLE taskforce_recommendations;
    DROP TABLE taskforce_reports;
  `.execute(db);
}
