import { sql, type Kysely } from 'kysely';

/**
 * Method fidelity (K14, modules/fidelity): a support team's fidelity measurements. A measurement
 * belongs to a unit (the CTI, ICM, ACT or M-ACT team) of a municipality and a date, records who
 * rated (the team itself, a peer, Social- og Boligstyrelsen, an external rater) and how the
 * answers were collected, the versions of the two instruments answered (the method module and
 * the common Housing First module, domain `fidelity/instruments.ts`) and the answers as
 * [{ itemId, answer }]. No citizen is referred to. The index serves the municipality's read,
 * newest first per team.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE fidelity_measurements (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organisation_id uuid NOT NULL REFERENCES organisations (id),
      unit_id uuid NOT NULL REFERENCES units (id),
      method text NOT NULL CHECK (method IN ('cti', 'icm', 'act', 'm_act')),
      measured_on date NOT NULL,
      rater_type text NOT NULL CHECK (rater_type IN ('self', 'peer', 'sbst', 'external')),
      collection_method text NOT NULL CHECK (collection_method IN ('self_report', 'phone', 'site_visit', 'record_review')),
      method_version integer NOT NULL CHECK (method_version >= 1),
      common_version integer NOT NULL CHECK (common_version >= 1),
      answers jsonb NOT NULL CHECK (jsonb_typeof(answers) = 'array'),
      created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX fidelity_measurements_organisation ON fidelity_measurements (organisation_id, unit_id, measured_on);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE fidelity_measurements;`.execute(db);
}
