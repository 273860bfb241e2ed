import { sql, type Kysely } from 'kysely';

/**
 * The caseworker's records of a course: VUM 2.0 assessments, § 141/§ 142 plans and decisions
 * (afgørelser). Plans and decisions keep every version in full (`*_versions`: the content as
 * JSON, who saved it and when), so any two versions can be shown and compared; the main table
 * holds the current version for queries and the legal rules.
 *
 * Lists of values are written out here (not imported) so this migration means the same thing
 * forever; a later change to a list is a new migration.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE assessments (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      citizen_id uuid NOT NULL REFERENCES citizens (id) ON DELETE CASCADE,
      assessed_on date NOT NULL,
      -- [{ area, functionLevel, supportNeed, goalType, note }] in the VUM terms of the contract.
      areas jsonb NOT NULL DEFAULT '[]'::jsonb,
      summary text CHECK (length(summary) <= 4000),
      citizen_view text CHECK (length(citizen_view) <= 4000),
      created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      updated_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1 CHECK (version >= 1)
    );
    CREATE INDEX assessments_citizen ON assessments (citizen_id, assessed_on);

    CREATE TABLE plans (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      citizen_id uuid NOT NULL REFERENCES citizens (id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('141', '142')),
      made_on date NOT NULL,
      ended_on date,
      -- goals, citizenWishes, responsible, followUps (the contract's planContentSchema).
      content jsonb NOT NULL DEFAULT '{}'::jsonb,
      created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      updated_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
      CHECK (ended_on IS NULL OR ended_on >= made_on)
    );
    CREATE INDEX plans_citizen ON plans (citizen_id, made_on);

    CREATE TABLE plan_versions (
      plan_id uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
      version integer NOT NULL CHECK (version >= 1),
      -- The whole plan as it was saved (kind, madeOn, endedOn, goals, …).
      content jsonb NOT NULL,
      saved_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      -- The name as it was, so the history outlives the user.
      saved_by_name text,
      saved_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (plan_id, version)
    );

    CREATE TABLE decisions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      citizen_id uuid NOT NULL REFERENCES citizens (id) ON DELETE CASCADE,
      -- The municipality that made the decision (myndighed).
      organisation_id uuid NOT NULL REFERENCES organisations (id),
      kind text NOT NULL CHECK (kind IN ('85a', '85', '107', '108', '110')),
      method text CHECK (method IN ('cti', 'icm', 'act', 'm_act')),
      outcome text NOT NULL CHECK (outcome IN ('granted', 'refused')),
      decided_on date NOT NULL,
      period_from date,
      period_to date,
      reasons text CHECK (length(reasons) <= 8000),
      wished_provider text CHECK (length(wished_provider) <= 200),
      wish_followed boolean,
      reason_if_not_followed text CHECK (length(reason_if_not_followed) <= 4000),
      appeal_guidance text NOT NULL CHECK (length(appeal_guidance) <= 8000),
      created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      updated_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
      CHECK ((kind = '85a') = (method IS NOT NULL)),
      CHECK (period_to IS NULL OR period_from IS NULL OR period_to >= period_from),
      -- Serviceloven § 85 a, stk. 2: a § 85 a decision not following the wish gives the reason.
      CHECK (kind <> '85a' OR wished_provider IS NULL OR wish_followed OR reason_if_not_followed IS NOT NULL)
    );
    CREATE INDEX decisions_citizen ON decisions (citizen_id, decided_on);

    CREATE TABLE decision_versions (
      decision_id uuid NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,
      version integer NOT NULL CHECK (version >= 1),
      content jsonb NOT NULL,
      saved_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      saved_by_name text,
      saved_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (decision_id, version)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE decision_versions;
    DROP TABLE decisions;
    DROP TABLE plan_versions;
    DROP TABLE plans;
    DROP TABLE assessments;
  `.execute(db);
}
