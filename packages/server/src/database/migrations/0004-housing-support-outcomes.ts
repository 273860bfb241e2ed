import { sql, type Kysely } from 'kysely';

/**
 * Housing allocations (anvisning) of own housing, support courses under § 85 a (CTI, ICM,
 * ACT, M-ACT) with CTI phases, checklists and a contact log, and outcome follow-ups 3, 6 and
 * 12 months after the move-in.
 *
 * Lists of values are written out here rather than imported, so this migration means the
 * same thing forever; a later change to a list is a new migration.
 *
 * `support_courses.decision_id` names the § 85 a decision (afgørelse) the course delivers.
 * It has no foreign key on purpose: decisions live in another migration that may be applied,
 * reshaped or restored independently; the service checks nothing about it yet, and a
 * dangling id simply shows no decision.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE housing_allocations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      citizen_id uuid NOT NULL REFERENCES citizens (id) ON DELETE CASCADE,
      address text NOT NULL CHECK (length(address) BETWEEN 1 AND 300),
      -- The landlord or housing association in words, and/or a partner organisation
      -- (kind 'partner', type 'housing_association', linked to the municipality).
      landlord text CHECK (length(landlord) <= 200),
      partner_id uuid REFERENCES organisations (id),
      monthly_rent numeric(10, 2) CHECK (monthly_rent >= 0),
      rooms integer CHECK (rooms BETWEEN 1 AND 20),
      allocated_on date NOT NULL,
      lease_signed_on date,
      -- The day the citizen can move in (may be ahead); move_in_on is the day they did.
      planned_move_in_on date,
      move_in_on date,
      -- The offer was declined or withdrawn: the allocation no longer counts.
      withdrawn_on date,
      withdrawal_reason text CHECK (length(withdrawal_reason) <= 500),
      -- The "own home with lease" housing period the move-in started.
      move_in_housing_period_id uuid REFERENCES housing_periods (id) ON DELETE SET NULL,
      note text CHECK (length(note) <= 2000),
      created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      updated_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
      CHECK (lease_signed_on IS NULL OR lease_signed_on >= allocated_on),
      CHECK (planned_move_in_on IS NULL OR planned_move_in_on >= allocated_on),
      CHECK (move_in_on IS NULL OR (move_in_on >= allocated_on AND lease_signed_on IS NOT NULL AND move_in_on >= lease_signed_on)),
      CHECK (withdrawn_on IS NULL OR (withdrawn_on >= allocated_on AND move_in_on IS NULL))
    );
    CREATE INDEX housing_allocations_citizen ON housing_allocations (citizen_id, allocated_on);

    CREATE TABLE support_courses (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      citizen_id uuid NOT NULL REFERENCES citizens (id) ON DELETE CASCADE,
      method text NOT NULL CHECK (method IN ('cti', 'icm', 'act', 'm_act')),
      -- The § 85 a decision; deliberately without a foreign key (see above).
      decision_id uuid,
      team_unit_id uuid NOT NULL REFERENCES units (id),
      worker_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      -- For CTI the start of the contact-building period.
      started_on date NOT NULL,
      ended_on date,
      end_reason text CHECK (end_reason IN ('completed', 'citizen_declined', 'moved_away', 'lost_housing', 'transferred', 'died', 'other')),
      end_note text CHECK (length(end_note) <= 2000),
      note text CHECK (length(note) <= 2000),
      created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      updated_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
      CHECK (ended_on IS NULL OR ended_on >= started_on),
      CHECK ((ended_on IS NULL) = (end_reason IS NULL))
    );
    CREATE INDEX support_courses_citizen ON support_courses (citizen_id, started_on);
    CREATE INDEX support_courses_worker ON support_courses (worker_user_id) WHERE ended_on IS NULL;

    -- CTI phases 1–3: when each started and its checklist
    -- ([{ "label": text, "done": boolean, "doneOn": date | null }]).
    CREATE TABLE support_course_phases (
      support_course_id uuid NOT NULL REFERENCES support_courses (id) ON DELETE CASCADE,
      phase smallint NOT NULL CHECK (phase BETWEEN 1 AND 3),
      started_on date,
      checklist jsonb NOT NULL DEFAULT '[]'::jsonb,
      PRIMARY KEY (support_course_id, phase)
    );

    CREATE TABLE support_contacts (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      support_course_id uuid NOT NULL REFERENCES support_courses (id) ON DELETE CASCADE,
      contact_on date NOT NULL,
      kind text NOT NULL CHECK (kind IN ('visit', 'phone', 'meeting', 'other')),
      note text CHECK (length(note) <= 4000),
      by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX support_contacts_course ON support_contacts (support_course_id, contact_on);

    CREATE TABLE outcome_follow_ups (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      citizen_id uuid NOT NULL REFERENCES citizens (id) ON DELETE CASCADE,
      housing_allocation_id uuid NOT NULL REFERENCES housing_allocations (id) ON DELETE CASCADE,
      -- Months after the move-in.
      milestone smallint NOT NULL CHECK (milestone IN (3, 6, 12)),
      checked_on date NOT NULL,
      keeps_home boolean NOT NULL,
      -- When the home was lost (keeps_home false): the citizen is back on the homeless list,
      -- counted as "returned from housing", from the housing period opened then.
      lost_home_on date,
      returned_from_housing boolean NOT NULL DEFAULT false,
      returned_housing_period_id uuid REFERENCES housing_periods (id) ON DELETE SET NULL,
      note text CHECK (length(note) <= 2000),
      created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      updated_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
      UNIQUE (housing_allocation_id, milestone),
      CHECK (keeps_home OR lost_home_on IS NOT NULL),
      CHECK (NOT keeps_home OR (lost_home_on IS NULL AND NOT returned_from_housing)),
      CHECK (lost_home_on IS NULL OR lost_home_on <= checked_on)
    );
    CREATE INDEX outcome_follow_ups_citizen ON outcome_follow_ups (citizen_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE outcome_follow_ups;
    DROP TABLE support_contacts;
    DROP TABLE support_course_phases;
    DROP TABLE support_courses;
    DROP TABLE housing_allocations;
  `.execute(db);
}
