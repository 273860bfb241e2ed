import { sql, type Kysely } from 'kysely';

/**
 * Ankestyrelsen's legal case review in a taskforce course (modules/taskforce, issue 13 point 4):
 * one review per course with its sample (the documented rule, the seed, the population size and
 * the strata, so the draw can be repeated) and the municipality's grant of read access (purpose,
 * until when, ended early by whom); the sampled cases (the person's surviving record) with who
 * reviewed them; each checkpoint's pre-answer and the reviewer's answer and note; and every
 * person-level read of a sampled case (the municipality's read log; the audit log has each too).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE taskforce_case_reviews (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      course_id uuid NOT NULL UNIQUE REFERENCES taskforce_courses (id),
      municipality_id uuid NOT NULL REFERENCES organisations (id),
      reviewer_organisation_id uuid NOT NULL REFERENCES organisations (id),
      period_from date NOT NULL,
      period_to date NOT NULL CHECK (period_to >= period_from),
      size integer NOT NULL CHECK (size > 0),
      stratify_by text NOT NULL CHECK (stratify_by IN ('none', 'shelter', 'category')),
      seed text NOT NULL CHECK (length(seed) BETWEEN 1 AND 100),
      population_size integer NOT NULL CHECK (population_size >= size),
      strata jsonb NOT NULL DEFAULT '[]'::jsonb,
      rule_text text NOT NULL,
      purpose text NOT NULL CHECK (length(purpose) BETWEEN 10 AND 1000),
      access_until date NOT NULL,
      published_deadline_days integer CHECK (published_deadline_days > 0),
      drawn_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      drawn_by_name text NOT NULL,
      drawn_at timestamptz NOT NULL DEFAULT now(),
      ended_at timestamptz,
      ended_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      ended_by_name text
    );
    CREATE INDEX taskforce_case_reviews_municipality ON taskforce_case_reviews (municipality_id);

    CREATE TABLE taskforce_case_review_cases (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      review_id uuid NOT NULL REFERENCES taskforce_case_reviews (id),
      position integer NOT NULL,
      citizen_id uuid NOT NULL REFERENCES citizens (id),
      stratum text NOT NULL,
      stratum_label text NOT NULL,
      reviewed_at timestamptz,
      reviewed_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      reviewed_by_name text,
      UNIQUE (review_id, position),
      UNIQUE (review_id, citizen_id)
    );
    CREATE INDEX taskforce_case_review_cases_citizen ON taskforce_case_review_cases (citizen_id);

    CREATE TABLE taskforce_case_review_answers (
      case_id uuid NOT NULL REFERENCES taskforce_case_review_cases (id),
      checkpoint text NOT NULL,
      pre_answer text CHECK (pre_answer IN ('yes', 'no', 'not_applicable')),
      answer text NOT NULL CHECK (answer IN ('yes', 'no', 'not_applicable')),
      note text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
      PRIMARY KEY (case_id, checkpoint)
    );

    CREATE TABLE taskforce_case_review_reads (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      case_id uuid NOT NULL REFERENCES taskforce_case_review_cases (id),
      user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      user_name text NOT NULL,
      read_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX taskforce_case_review_reads_case ON taskforce_case_review_reads (case_id, read_at);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE taskforce_case_review_reads;
    DROP TABLE taskforce_case_review_answers;
    DROP TABLE taskforce_case_review_cases;
    DROP TABLE taskforce_case_reviews;
  `.execute(db);
}
