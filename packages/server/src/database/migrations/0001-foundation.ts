import { sql, type Kysely } from 'kysely';

/** Organisations, units, users, sessions, sign-in throttling and the append-only audit log. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE organisations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      kind text NOT NULL CHECK (kind IN ('municipality', 'shelter', 'partner', 'national_agency', 'operator')),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 160),
      municipality_code text,
      partner_type text CHECK (partner_type IN ('ngo', 'housing_association', 'regional_psychiatry', 'other')),
      shelter_operator text CHECK (shelter_operator IN ('municipal', 'self_governing')),
      contact_email text,
      contact_phone text,
      is_demo boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((kind = 'partner') = (partner_type IS NOT NULL)),
      CHECK ((kind = 'shelter') = (shelter_operator IS NOT NULL))
    );

    -- Which partners (shelters, NGOs, housing associations …) an organisation works with.
    CREATE TABLE organisation_partners (
      organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      partner_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (organisation_id, partner_id),
      CHECK (organisation_id <> partner_id)
    );

    CREATE TABLE units (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
      kind text NOT NULL,
      is_active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX units_name_per_organisation ON units (organisation_id, lower(name));

    CREATE TABLE users (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organisation_id uuid NOT NULL REFERENCES organisations (id),
      email text NOT NULL CHECK (email = lower(email)),
      display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 120),
      role text NOT NULL,
      password_hash text,
      oidc_issuer text,
      oidc_subject text,
      locale text NOT NULL DEFAULT 'da' CHECK (locale IN ('da', 'en')),
      is_active boolean NOT NULL DEFAULT true,
      is_demo boolean NOT NULL DEFAULT false,
      last_sign_in_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX users_email_unique ON users (email);
    CREATE UNIQUE INDEX users_oidc_identity ON users (oidc_issuer, oidc_subject) WHERE oidc_subject IS NOT NULL;
    CREATE INDEX users_organisation ON users (organisation_id);

    CREATE TABLE user_units (
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      unit_id uuid NOT NULL REFERENCES units (id) ON DELETE CASCADE,
      PRIMARY KEY (user_id, unit_id)
    );
    CREATE INDEX user_units_unit ON user_units (unit_id);

    -- Sessions live in the database so any web process can serve any request.
    -- id is the SHA-256 of the cookie token: a leaked table does not leak sessions.
    CREATE TABLE sessions (
      id text PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      csrf_token text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_seen_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      ip text,
      user_agent text
    );
    CREATE INDEX sessions_user ON sessions (user_id);

    -- Failed sign-ins per e-mail (known or not, so answers do not reveal which accounts exist).
    CREATE TABLE sign_in_throttle (
      key text PRIMARY KEY,
      failures integer NOT NULL,
      window_started_at timestamptz NOT NULL,
      locked_until timestamptz
    );

    -- Append-only, hash-chained audit log. No foreign keys: events outlive records and users.
    CREATE TABLE audit_events (
      id bigserial PRIMARY KEY,
      occurred_at timestamptz NOT NULL,
      actor_user_id uuid,
      actor jsonb,
      actor_organisation_id uuid,
      data_organisation_id uuid,
      action text NOT NULL,
      subject_type text,
      subject_id text,
      citizen_id uuid,
      outcome text NOT NULL CHECK (outcome IN ('ok', 'refused', 'failed')),
      ip text,
      changes jsonb,
      prev_hash text NOT NULL,
      hash text NOT NULL UNIQUE
    );
    CREATE INDEX audit_events_data_organisation ON audit_events (data_organisation_id, occurred_at);
    CREATE INDEX audit_events_actor_organisation ON audit_events (actor_organisation_id, occurred_at);
    CREATE INDEX audit_events_actor_user ON audit_events (actor_user_id, occurred_at);
    CREATE INDEX audit_events_citizen ON audit_events (citizen_id, occurred_at) WHERE citizen_id IS NOT NULL;
    CREATE INDEX audit_events_subject ON audit_events (subject_id) WHERE subject_id IS NOT NULL;

    CREATE FUNCTION audit_events_are_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP;
    END;
    $$;
    CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events
      FOR EACH ROW EXECUTE FUNCTION audit_events_are_append_only();
    CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
      FOR EACH STATEMENT EXECUTE FUNCTION audit_events_are_append_only();
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE audit_events;
    DROP FUNCTION audit_events_are_append_only();
    DROP TABLE sign_in_throttle;
    DROP TABLE sessions;
    DROP TABLE user_units;
    DROP TABLE users;
    DROP TABLE units;
    DROP TABLE organisation_partners;
    DROP TABLE organisations;
  `.execute(db);
}
