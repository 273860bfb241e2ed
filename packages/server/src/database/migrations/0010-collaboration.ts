import { sql, type Kysely } from 'kysely';

/**
 * Working together with the citizen's other parties: the citizen's consents to share data with
 * an outside partner (kept apart from the sharing rules, which live in domain code), network
 * meetings about a citizen with their decisions, and collaboration agreements (samarbejdsaftaler)
 * between units and partners with the reminders already sent for them.
 *
 * The name is older than the modules it serves (migrations are never renamed). What it created,
 * and the module that owns each table today:
 * - citizen_consents: modules/consents (read by modules/partner-view)
 * - network_meetings, network_meeting_decisions: modules/network-meetings
 * - collaboration_agreements, collaboration_agreement_parties, agreement_reminders_sent: modules/agreements
 * (The collaboration_settings table is migration 0007's, owned by modules/collaboration-settings.)
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE citizen_consents (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      -- The municipality that recorded the consent (the handlekommune: the data's owner).
      organisation_id uuid NOT NULL REFERENCES organisations (id),
      citizen_id uuid NOT NULL REFERENCES citizens (id) ON DELETE CASCADE,
      partner_id uuid NOT NULL REFERENCES organisations (id),
      -- domain ConsentCategory[]; what each reveals is in the sharing rules, not here.
      categories jsonb NOT NULL CHECK (jsonb_typeof(categories) = 'array' AND jsonb_array_length(categories) >= 1),
      purpose text NOT NULL CHECK (length(purpose) BETWEEN 1 AND 1000),
      given_on date NOT NULL,
      expires_on date NOT NULL CHECK (expires_on >= given_on),
      withdrawn_at timestamptz,
      withdrawn_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      withdrawn_by_name text,
      withdrawal_note text CHECK (length(withdrawal_note) <= 1000),
      recorded_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      recorded_by_name text,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((withdrawn_at IS NULL) = (withdrawn_by_name IS NULL))
    );
    CREATE INDEX citizen_consents_partner ON citizen_consents (partner_id, citizen_id) WHERE withdrawn_at IS NULL;
    CREATE INDEX citizen_consents_citizen ON citizen_consents (citizen_id);

    CREATE TABLE network_meetings (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organisation_id uuid NOT NULL REFERENCES organisations (id),
      citizen_id uuid NOT NULL REFERENCES citizens (id) ON DELETE CASCADE,
      held_at timestamptz NOT NULL,
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      -- [{ kind: 'unit'|'partner'|'citizen'|'other', unitId?, organisationId?, name, role? }]
      participants jsonb NOT NULL DEFAULT '[]'::jsonb,
      -- [text]
      agenda jsonb NOT NULL DEFAULT '[]'::jsonb,
      notes text NOT NULL DEFAULT '' CHECK (length(notes) <= 20000),
      created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      updated_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1 CHECK (version >= 1)
    );
    CREATE INDEX network_meetings_citizen ON network_meetings (citizen_id, held_at DESC);

    CREATE TABLE network_meeting_decisions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      meeting_id uuid NOT NULL REFERENCES network_meetings (id) ON DELETE CASCADE,
      text text NOT NULL CHECK (length(text) BETWEEN 1 AND 1000),
      owner_unit_id uuid NOT NULL REFERENCES units (id),
      owner_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      due_on date NOT NULL,
      -- The task the decision became (once tasks exist for it).
      task_id uuid REFERENCES tasks (id) ON DELETE SET NULL,
      created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX network_meeting_decisions_meeting ON network_meeting_decisions (meeting_id, created_at);

    CREATE TABLE collaboration_agreements (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      agreed text NOT NULL CHECK (length(agreed) BETWEEN 1 AND 20000),
      valid_from date NOT NULL,
      revisit_on date NOT NULL CHECK (revisit_on >= valid_from),
      created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      updated_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1 CHECK (version >= 1)
    );
    CREATE INDEX collaboration_agreements_revisit ON collaboration_agreements (revisit_on);

    CREATE TABLE collaboration_agreement_parties (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agreement_id uuid NOT NULL REFERENCES collaboration_agreements (id) ON DELETE CASCADE,
      -- A unit (own or a partner's), or a whole organisation (a partner).
      unit_id uuid REFERENCES units (id),
      party_organisation_id uuid NOT NULL REFERENCES organisations (id),
      signing_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      signing_name text NOT NULL CHECK (length(signing_name) BETWEEN 1 AND 200),
      signed_on date,
      position integer NOT NULL
    );
    CREATE INDEX collaboration_agreement_parties_agreement ON collaboration_agreement_parties (agreement_id, position);
    CREATE INDEX collaboration_agreement_parties_organisation ON collaboration_agreement_parties (party_organisation_id);

    -- Reminders sent, so each (revisit date, departed signer) is notified once across instances.
    CREATE TABLE agreement_reminders_sent (
      agreement_id uuid NOT NULL REFERENCES collaboration_agreements (id) ON DELETE CASCADE,
      key text NOT NULL,
      sent_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (agreement_id, key)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE agreement_reminders_sent;
    DROP TABLE collaboration_agreement_parties;
    DROP TABLE collaboration_agreements;
    DROP TABLE network_meeting_decisions;
    DROP TABLE network_meetings;
    DROP TABLE citizen_consents;
  `.execute(db);
}
