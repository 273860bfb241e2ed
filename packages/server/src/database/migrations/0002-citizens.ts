import { sql, type Kysely } from 'kysely';

/**
 * Citizens, their housing situation over time, and § 110 shelter stays.
 *
 * Lists of values (housing categories, referral, discharge reasons) are written out here
 * rather than imported, so this migration means the same thing forever; a later change to a
 * list is a new migration.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE citizens (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      -- The responsible municipality; a shelter may not know it yet.
      handlekommune_id uuid REFERENCES organisations (id),
      cpr text CHECK (cpr ~ '^[0-9]{10}$'),
      birth_date date,
      birth_date_is_approximate boolean NOT NULL DEFAULT false,
      first_name text CHECK (length(first_name) BETWEEN 1 AND 100),
      last_name text CHECK (length(last_name) BETWEEN 1 AND 100),
      alias text CHECK (length(alias) BETWEEN 1 AND 100),
      phone text CHECK (length(phone) <= 40),
      email text CHECK (length(email) <= 254),
      -- How to reach the citizen (where they usually are, through whom …).
      contact_note text CHECK (length(contact_note) <= 1000),
      -- A duplicate linked into the surviving record (reversible: set back to null by a split).
      -- Deferred so a restore may insert the rows in any order.
      merged_into_id uuid REFERENCES citizens (id) DEFERRABLE INITIALLY DEFERRED,
      created_by_organisation_id uuid NOT NULL REFERENCES organisations (id),
      updated_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      is_demo boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
      CHECK (merged_into_id <> id),
      CHECK (cpr IS NOT NULL OR alias IS NOT NULL OR first_name IS NOT NULL OR last_name IS NOT NULL)
    );
    CREATE INDEX citizens_cpr ON citizens (cpr) WHERE cpr IS NOT NULL;
    CREATE INDEX citizens_name ON citizens (lower(last_name), lower(first_name), birth_date);
    CREATE INDEX citizens_alias ON citizens (lower(alias)) WHERE alias IS NOT NULL;
    CREATE INDEX citizens_handlekommune ON citizens (handlekommune_id);
    CREATE INDEX citizens_merged_into ON citizens (merged_into_id) WHERE merged_into_id IS NOT NULL;

    -- Two records a person said are different people (a split), so they are not suggested
    -- as duplicates or linked again.
    CREATE TABLE citizen_distinct_pairs (
      citizen_a_id uuid NOT NULL REFERENCES citizens (id) ON DELETE CASCADE,
      citizen_b_id uuid NOT NULL REFERENCES citizens (id) ON DELETE CASCADE,
      created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (citizen_a_id, citizen_b_id),
      CHECK (citizen_a_id < citizen_b_id)
    );
    CREATE INDEX citizen_distinct_pairs_b ON citizen_distinct_pairs (citizen_b_id);

    -- Half-open periods [from_date, to_date); to_date null while the situation lasts.
    CREATE TABLE housing_periods (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      citizen_id uuid NOT NULL REFERENCES citizens (id) ON DELETE CASCADE,
      category text NOT NULL CHECK (category IN (
        'rough_sleeping', 'night_shelter', 'shelter_110', 'hotel_hostel', 'family_friends',
        'transitional_housing', 'prison_release', 'hospital_discharge', 'other_homeless',
        'own_home_with_lease', 'residential_offer_107_108', 'unknown')),
      from_date date NOT NULL,
      to_date date,
      note text CHECK (length(note) <= 2000),
      created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (to_date IS NULL OR to_date >= from_date)
    );
    CREATE INDEX housing_periods_citizen ON housing_periods (citizen_id, from_date);

    CREATE TABLE shelter_stays (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      citizen_id uuid NOT NULL REFERENCES citizens (id) ON DELETE CASCADE,
      -- An organisation of kind 'shelter' (checked by the service: the admitting user's own shelter).
      shelter_id uuid NOT NULL REFERENCES organisations (id),
      admitted_on date NOT NULL,
      referral text NOT NULL CHECK (referral IN ('self', 'referred')),
      referred_by text CHECK (length(referred_by) <= 200),
      -- The intake conversation: cameFrom, homeMunicipality, livedWhere, whyHomeless,
      -- problems {social, psychiatric, substanceUse, debt, income}, notes.
      intake jsonb NOT NULL DEFAULT '{}'::jsonb,
      handlekommune_notified_on date,
      discharged_on date,
      discharge_reason text CHECK (discharge_reason IN ('planned', 'citizen_left', 'expelled', 'transferred', 'died', 'other')),
      discharge_destination text CHECK (discharge_destination IN (
        'rough_sleeping', 'night_shelter', 'shelter_110', 'hotel_hostel', 'family_friends',
        'transitional_housing', 'prison_release', 'hospital_discharge', 'other_homeless',
        'own_home_with_lease', 'residential_offer_107_108', 'unknown')),
      created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      updated_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
      CHECK (discharged_on IS NULL OR discharged_on >= admitted_on),
      CHECK (handlekommune_notified_on IS NULL OR handlekommune_notified_on >= admitted_on),
      CHECK ((discharged_on IS NULL) = (discharge_reason IS NULL))
    );
    CREATE INDEX shelter_stays_citizen ON shelter_stays (citizen_id, admitted_on);
    CREATE INDEX shelter_stays_shelter ON shelter_stays (shelter_id, citizen_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE shelter_stays;
    DROP TABLE housing_periods;
    DROP TABLE citizen_distinct_pairs;
    DROP TABLE citizens;
  `.execute(db);
}
