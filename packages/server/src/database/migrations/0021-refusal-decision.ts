import { sql, type Kysely } from 'kysely';

/**
 * A refusal that takes the citizen off the list is a decision (afgørelse): it carries its
 * reasons (begrundelse) and the appeal guidance (klagevejledning). The municipality writes the
 * guidance in its housing-supply settings; each such refusal stores the reasons given and the
 * guidance as it was shown when the refusal was saved.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE housing_supply_settings
      ADD COLUMN refusal_appeal_guidance text NOT NULL DEFAULT '' CHECK (length(refusal_appeal_guidance) <= 4000);
    ALTER TABLE housing_offers
      ADD COLUMN decision_reasons text CHECK (length(decision_reasons) BETWEEN 1 AND 4000),
      ADD COLUMN appeal_guidance text CHECK (length(appeal_guidance) BETWEEN 1 AND 4000);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE housing_offers DROP COLUMN decision_reasons, DROP COLUMN appeal_guidance;
    ALTER TABLE housing_supply_settings DROP COLUMN refusal_appeal_guidance;
  `.execute(db);
}
