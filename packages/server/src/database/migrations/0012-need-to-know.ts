import { sql, type Kysely } from 'kysely';

/**
 * Need-to-know inside the municipality (issue 10): emergency access ("break the glass").
 *
 * A user outside a citizen's need-to-know circle may open the citizen with a stated reason for a
 * limited time. The row is the grant the scope reads (`citizen-scope.ts`), the record the
 * citizen's caseworker sees, and the entry the data-protection officer reviews. The units'
 * reach reads tasks and support courses by citizen, which 0007 and 0004 index already.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE emergency_accesses (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organisation_id uuid NOT NULL REFERENCES organisations (id),
      user_id uuid NOT NULL REFERENCES users (id),
      citizen_id uuid NOT NULL REFERENCES citizens (id) ON DELETE CASCADE,
      reason text NOT NULL CHECK (length(reason) BETWEEN 10 AND 1000),
      started_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL CHECK (expires_at > started_at),
      reviewed_at timestamptz,
      reviewed_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      review_note text CHECK (length(review_note) <= 1000)
    );
    CREATE INDEX emergency_accesses_user ON emergency_accesses (user_id, citizen_id, expires_at);
    CREATE INDEX emergency_accesses_citizen ON emergency_accesses (citizen_id, started_at);
    CREATE INDEX emergency_accesses_organisation ON emergency_accesses (organisation_id, started_at);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE emergency_accesses`.execute(db);
}
