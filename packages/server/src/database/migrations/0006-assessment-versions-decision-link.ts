import { sql, type Kysely } from 'kysely';

/**
 * Assessments keep every version as plans and decisions do (`assessment_versions`, the same
 * shape as `plan_versions`), and a support course names its § 85 a decision by foreign key.
 *
 * Existing assessments get their current content as their one known version (saved by whoever
 * saved them last, at that moment): earlier versions were never kept, so none are invented.
 *
 * `support_courses.decision_id` refuses the deletion of a decision that a course delivers (NO
 * ACTION, i.e. RESTRICT checked at the end of the statement) rather than SET NULL: the decision
 * is the course's legal ground (Serviceloven § 85 a), the product never deletes a decision (it
 * is changed in new versions), and whatever tries must first unlink the courses it grounds, so
 * a course cannot silently lose its decision. NO ACTION rather than RESTRICT because deleting a
 * citizen cascades to both the decision and the course in one statement, which the end-of-
 * statement check allows and RESTRICT's immediate check would refuse.
 * Ids that name no decision (allowed before, see 0004) are cleared first, as they showed none.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE assessment_versions (
      assessment_id uuid NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
      version integer NOT NULL CHECK (version >= 1),
      -- The whole assessment as it was saved (assessedOn, areas, summary, citizenView).
      content jsonb NOT NULL,
      saved_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      -- The name as it was, so the history outlives the user.
      saved_by_name text,
      saved_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (assessment_id, version)
    );

    INSERT INTO assessment_versions (assessment_id, version, content, saved_by_user_id, saved_by_name, saved_at)
    SELECT a.id, a.version,
           jsonb_build_object('assessedOn', a.assessed_on, 'areas', a.areas, 'summary', a.summary, 'citizenView', a.citizen_view),
           a.updated_by_user_id, u.display_name, a.updated_at
    FROM assessments a LEFT JOIN users u ON u.id = a.updated_by_user_id;

    UPDATE support_courses sc SET decision_id = NULL
    WHERE decision_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.id = sc.decision_id);
    ALTER TABLE support_courses
      ADD CONSTRAINT support_courses_decision_fk FOREIGN KEY (decision_id) REFERENCES decisions (id) ON DELETE NO ACTION;
    CREATE INDEX support_courses_decision ON support_courses (decision_id) WHERE decision_id IS NOT NULL;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP INDEX support_courses_decision;
    ALTER TABLE support_courses DROP CONSTRAINT support_courses_decision_fk;
    DROP TABLE assessment_versions;
  `.execute(db);
}
