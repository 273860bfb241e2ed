import { sql, type Kysely } from 'kysely';

/**
 * Housing supply (modules/housing-supply): the municipality's allocation agreements with
 * housing organisations and landlords, the dwellings at its disposal, each vacancy with its
 * rent clock and the escalations already sent, offers to citizens (an accepted one points at
 * the housing allocation it became), the citizen's housing profile for matching, eviction
 * warnings (almenlejeloven § 92 stk. 2) and guarantee cases, and the municipality's settings
 * (escalation thresholds, priority and refusal policy). Amounts are whole kr.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE housing_supply_settings (
      organisation_id uuid PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
      escalation_days jsonb NOT NULL DEFAULT '[7, 14, 30]'::jsonb CHECK (jsonb_typeof(escalation_days) = 'array'),
      priority_policy text NOT NULL DEFAULT 'ready_longest' CHECK (priority_policy IN ('ready_longest', 'homeless_longest')),
      priority_policy_text text NOT NULL DEFAULT '' CHECK (length(priority_policy_text) <= 4000),
      refusal_consequence text NOT NULL DEFAULT 'kept_on_list'
        CHECK (refusal_consequence IN ('kept_on_list', 'removed_from_list', 'counselling')),
      refusal_policy_text text NOT NULL DEFAULT '' CHECK (length(refusal_policy_text) <= 4000),
      default_max_rent integer NOT NULL DEFAULT 3500 CHECK (default_max_rent BETWEEN 0 AND 50000),
      updated_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1 CHECK (version >= 1)
    );

    CREATE TABLE allocation_agreements (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organisation_id uuid NOT NULL REFERENCES organisations (id),
      housing_organisation_id uuid REFERENCES organisations (id),
      landlord_name text CHECK (length(landlord_name) BETWEEN 1 AND 200),
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      legal_basis text NOT NULL CHECK (legal_basis IN (
        'decision_quarter', 'voluntary_agreement', 'urban_renewal_third', 'udslusning', 'private_rental',
        'skaeve_boliger', 'saerligt_billige')),
      share numeric(5, 4) CHECK (share > 0 AND share <= 1),
      dwelling_count integer CHECK (dwelling_count BETWEEN 1 AND 10000),
      valid_from date NOT NULL,
      valid_to date CHECK (valid_to >= valid_from),
      revisit_on date NOT NULL,
      contact_name text NOT NULL DEFAULT '' CHECK (length(contact_name) <= 200),
      contact_email text NOT NULL DEFAULT '' CHECK (length(contact_email) <= 254),
      contact_phone text NOT NULL DEFAULT '' CHECK (length(contact_phone) <= 40),
      note text NOT NULL DEFAULT '' CHECK (length(note) <= 4000),
      created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      updated_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
      CHECK ((share IS NULL) <> (dwelling_count IS NULL)),
      CHECK (housing_organisation_id IS NOT NULL OR landlord_name IS NOT NULL)
    );
    CREATE INDEX allocation_agreements_organisation ON allocation_agreements (organisation_id, valid_from);

    CREATE TABLE dwellings (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organisation_id uuid NOT NULL REFERENCES organisations (id),
      agreement_id uuid REFERENCES allocation_agreements (id),
      housing_organisation_id uuid REFERENCES organisations (id),
      landlord_name text CHECK (length(landlord_name) BETWEEN 1 AND 200),
      department text NOT NULL DEFAULT '' CHECK (length(department) <= 200),
      address text NOT NULL CHECK (length(address) BETWEEN 1 AND 300),
      area text NOT NULL CHECK (length(area) BETWEEN 1 AND 100),
      dwelling_type text NOT NULL CHECK (dwelling_type IN ('family', 'youth', 'elderly', 'skaev', 'udslusning', 'saerligt_billig')),
      size_m2 integer NOT NULL CHECK (size_m2 BETWEEN 8 AND 400),
      rooms integer NOT NULL CHECK (rooms BETWEEN 1 AND 10),
      floor integer CHECK (floor BETWEEN -1 AND 40),
      monthly_rent integer NOT NULL CHECK (monthly_rent BETWEEN 0 AND 50000),
      utilities_estimate integer NOT NULL DEFAULT 0 CHECK (utilities_estimate BETWEEN 0 AND 10000),
      deposit integer NOT NULL DEFAULT 0 CHECK (deposit BETWEEN 0 AND 200000),
      is_accessible boolean NOT NULL DEFAULT false,
      subsidy_ends_on date,
      note text NOT NULL DEFAULT '' CHECK (length(note) <= 4000),
      created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      updated_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
      CHECK (housing_organisation_id IS NOT NULL OR landlord_name IS NOT NULL)
    );
    CREATE INDEX dwellings_organisation ON dwellings (organisation_id);
    CREATE INDEX dwellings_housing_organisation ON dwellings (housing_organisation_id);

    CREATE TABLE dwelling_vacancies (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organisation_id uuid NOT NULL REFERENCES organisations (id),
      dwelling_id uuid NOT NULL REFERENCES dwellings (id) ON DELETE CASCADE,
      available_from date NOT NULL,
      -- The rent the municipality owes per month while it holds the dwelling (the dwelling's rent when reported).
      monthly_rent integer NOT NULL CHECK (monthly_rent BETWEEN 0 AND 50000),
      ended_on date CHECK (ended_on >= available_from),
      end_reason text CHECK (end_reason IN ('let_by_allocation', 'returned', 'relet_by_landlord')),
      reported_by_organisation_id uuid NOT NULL REFERENCES organisations (id),
      reported_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      reported_by_name text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
      CHECK ((ended_on IS NULL) = (end_reason IS NULL))
    );
    -- One open vacancy per dwelling.
    CREATE UNIQUE INDEX dwelling_vacancies_open ON dwelling_vacancies (dwelling_id) WHERE ended_on IS NULL;
    CREATE INDEX dwelling_vacancies_organisation ON dwelling_vacancies (organisation_id, available_from);

    -- Each threshold escalates a vacancy once (the primary key makes it idempotent).
    CREATE TABLE vacancy_escalations (
      vacancy_id uuid NOT NULL REFERENCES dwelling_vacancies (id) ON DELETE CASCADE,
      threshold_days integer NOT NULL CHECK (threshold_days > 0),
      escalated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (vacancy_id, threshold_days)
    );

    CREATE TABLE housing_profiles (
      citizen_id uuid PRIMARY KEY REFERENCES citizens (id) ON DELETE CASCADE,
      organisation_id uuid NOT NULL REFERENCES organisations (id),
      wished_areas jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(wished_areas) = 'array'),
      excluded_areas jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(excluded_areas) = 'array'),
      household_size integer NOT NULL DEFAULT 1 CHECK (household_size BETWEEN 1 AND 15),
      affordable_rent integer CHECK (affordable_rent BETWEEN 0 AND 50000),
      needs_accessible boolean NOT NULL DEFAULT false,
      needs text NOT NULL DEFAULT '' CHECK (length(needs) <= 2000),
      ready_to_move_on date,
      support_planned boolean NOT NULL DEFAULT false,
      updated_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1 CHECK (version >= 1)
    );
    CREATE INDEX housing_profiles_organisation ON housing_profiles (organisation_id);

    CREATE TABLE housing_offers (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organisation_id uuid NOT NULL REFERENCES organisations (id),
      vacancy_id uuid NOT NULL REFERENCES dwelling_vacancies (id) ON DELETE CASCADE,
      citizen_id uuid NOT NULL REFERENCES citizens (id) ON DELETE CASCADE,
      offered_on date NOT NULL,
      answer_deadline date NOT NULL CHECK (answer_deadline >= offered_on),
      viewing_on date CHECK (viewing_on >= offered_on),
      answer text NOT NULL DEFAULT 'pending' CHECK (answer IN ('pending', 'accepted', 'declined', 'withdrawn')),
      answered_on date CHECK (answered_on >= offered_on),
      decline_reason text CHECK (length(decline_reason) BETWEEN 1 AND 2000),
      -- The refusal policy as it stood when the refusal was saved (shown to the user before).
      refusal_consequence text CHECK (refusal_consequence IN ('kept_on_list', 'removed_from_list', 'counselling')),
      housing_allocation_id uuid REFERENCES housing_allocations (id) ON DELETE SET NULL,
      quota_warning_acknowledged boolean NOT NULL DEFAULT false,
      created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      answered_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
      CHECK ((answer = 'pending') = (answered_on IS NULL)),
      CHECK ((answer = 'declined') = (decline_reason IS NOT NULL))
    );
    -- An offer at a time, and one acceptance, per vacancy.
    CREATE UNIQUE INDEX housing_offers_pending ON housing_offers (vacancy_id) WHERE answer = 'pending';
    CREATE UNIQUE INDEX housing_offers_accepted ON housing_offers (vacancy_id) WHERE answer = 'accepted';
    CREATE INDEX housing_offers_citizen ON housing_offers (citizen_id);
    CREATE INDEX housing_offers_organisation ON housing_offers (organisation_id, offered_on);

    CREATE TABLE eviction_warnings (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organisation_id uuid NOT NULL REFERENCES organisations (id),
      citizen_id uuid REFERENCES citizens (id) ON DELETE SET NULL,
      tenant_name text NOT NULL CHECK (length(tenant_name) BETWEEN 1 AND 200),
      tenant_address text NOT NULL CHECK (length(tenant_address) BETWEEN 1 AND 300),
      landlord_name text NOT NULL CHECK (length(landlord_name) BETWEEN 1 AND 200),
      received_on date NOT NULL,
      court_date date CHECK (court_date >= received_on),
      arrears integer CHECK (arrears BETWEEN 0 AND 1000000),
      task_id uuid REFERENCES tasks (id) ON DELETE SET NULL,
      note text NOT NULL DEFAULT '' CHECK (length(note) <= 4000),
      created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX eviction_warnings_organisation ON eviction_warnings (organisation_id, received_on DESC);
    CREATE INDEX eviction_warnings_citizen ON eviction_warnings (citizen_id);

    CREATE TABLE guarantee_cases (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organisation_id uuid NOT NULL REFERENCES organisations (id),
      dwelling_id uuid NOT NULL REFERENCES dwellings (id),
      citizen_id uuid REFERENCES citizens (id) ON DELETE SET NULL,
      moved_out_on date NOT NULL,
      repair_claim integer NOT NULL CHECK (repair_claim BETWEEN 0 AND 1000000),
      municipal_payment integer CHECK (municipal_payment BETWEEN 0 AND 1000000),
      paid_on date CHECK (paid_on >= moved_out_on),
      recovery_claimed integer CHECK (recovery_claimed BETWEEN 0 AND 1000000),
      recovered integer CHECK (recovered BETWEEN 0 AND 1000000),
      note text NOT NULL DEFAULT '' CHECK (length(note) <= 4000),
      created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      updated_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1 CHECK (version >= 1)
    );
    CREATE INDEX guarantee_cases_organisation ON guarantee_cases (organisation_id, moved_out_on DESC);

    ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
    ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN (
      'task_assigned', 'task_opened', 'task_comment', 'task_blocked', 'task_done', 'task_urgent',
      'task_overdue', 'task_escalated', 'agreement_revisit', 'agreement_signer_left', 'meeting_decision',
      'vacancy_escalated'));
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DELETE FROM notifications WHERE kind = 'vacancy_escalated';
    ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
    ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN (
      'task_assigned', 'task_opened', 'task_comment', 'task_blocked', 'task_done', 'task_urgent',
      'task_overdue', 'task_escalated', 'agreement_revisit', 'agreement_signer_left', 'meeting_decision'));
    DROP TABLE guarantee_cases;
    DROP TABLE eviction_warnings;
    DROP TABLE housing_offers;
    DROP TABLE housing_profiles;
    DROP TABLE vacancy_escalations;
    DROP TABLE dwelling_vacancies;
    DROP TABLE dwellings;
    DROP TABLE allocation_agreements;
    DROP TABLE housing_supply_settings;
  `.execute(db);
}
