import { sql, type Kysely } from 'kysely';

/**
 * The "course changed" notice: which persons' courses a transaction changed, kept by the
 * database so that no service has to remember to say so.
 *
 * The course_status triggers (0005) already see every write to a person's records, whoever
 * writes. `course_status_mark` now also notes the changed citizen records in a
 * transaction-local setting, `hjemvej.course_changes`, and assessments (which the by-name list
 * does not read, so they have no course_status trigger) note theirs with a trigger of their own.
 * The secured route pipeline switches the notice on at the start of its transaction
 * (`|`), reads it before commit and runs the listeners (tasks: flowcard steps the course shows
 * as done). Outside the pipeline the setting is off ('' or unset) and nothing is noted, so bulk
 * writes (demo data, restore, CLI) pay nothing. The setting is transaction-local: it ends with
 * the transaction, committed or rolled back.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE FUNCTION course_change_notice(record_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
    DECLARE
      noticed text := current_setting('hjemvej.course_changes', true);
    BEGIN
      IF noticed IS NULL OR noticed = '' OR cardinality(record_ids) = 0 THEN
        RETURN;
      END IF;
      PERFORM set_config('hjemvej.course_changes', noticed || array_to_string(record_ids, '|') || '|', true);
    END $$;

    CREATE OR REPLACE FUNCTION course_status_mark(record_ids uuid[]) RETURNS void LANGUAGE sql AS $$
      SELECT course_change_notice(record_ids);
      -- LATERAL lookups by primary key: cheap per record whatever the planner's statistics
      -- (bulk loads run before any ANALYZE).
      INSERT INTO course_status AS cs (person_id, handlekommune_id)
      SELECT DISTINCT root.id, root.handlekommune_id
      FROM unnest(record_ids) AS r(id)
      CROSS JOIN LATERAL (SELECT coalesce(c.merged_into_id, c.id) AS id FROM citizens c WHERE c.id = r.id) AS rec
      CROSS JOIN LATERAL (SELECT c.id, c.handlekommune_id FROM citizens c WHERE c.id = rec.id AND c.merged_into_id IS NULL) AS root
      ON CONFLICT (person_id) DO UPDATE
        SET valid_until = NULL, handlekommune_id = EXCLUDED.handlekommune_id
        -- A row that is already stale is locked (ON CONFLICT locks it) but not rewritten.
        WHERE cs.valid_until IS NOT NULL OR cs.handlekommune_id IS DISTINCT FROM EXCLUDED.handlekommune_id
    $$;

    CREATE FUNCTION course_change_assessments() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        PERFORM course_change_notice(ARRAY(SELECT DISTINCT citizen_id FROM new_rows));
      ELSIF TG_OP = 'UPDATE' THEN
        PERFORM course_change_notice(ARRAY(SELECT citizen_id FROM new_rows UNION SELECT citizen_id FROM old_rows));
      ELSE
        PERFORM course_change_notice(ARRAY(SELECT DISTINCT citizen_id FROM old_rows));
      END IF;
      RETURN NULL;
    END $$;

    CREATE TRIGGER course_change_assessments_insert AFTER INSERT ON assessments
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION course_change_assessments();
    CREATE TRIGGER course_change_assessments_update AFTER UPDATE ON assessments
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION course_change_assessments();
    CREATE TRIGGER course_change_assessments_delete AFTER DELETE ON assessments
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION course_change_assessments();
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TRIGGER course_change_assessments_insert ON assessments;
    DROP TRIGGER course_change_assessments_update ON assessments;
    DROP TRIGGER course_change_assessments_delete ON assessments;
    DROP FUNCTION course_change_assessments();
    CREATE OR REPLACE FUNCTION course_status_mark(record_ids uuid[]) RETURNS void LANGUAGE sql AS $$
      INSERT INTO course_status AS cs (person_id, handlekommune_id)
      SELECT DISTINCT root.id, root.handlekommune_id
      FROM unnest(record_ids) AS r(id)
      CROSS JOIN LATERAL (SELECT coalesce(c.merged_into_id, c.id) AS id FROM citizens c WHERE c.id = r.id) AS rec
      CROSS JOIN LATERAL (SELECT c.id, c.handlekommune_id FROM citizens c WHERE c.id = rec.id AND c.merged_into_id IS NULL) AS root
      ON CONFLICT (person_id) DO UPDATE
        SET valid_until = NULL, handlekommune_id = EXCLUDED.handlekommune_id
        WHERE cs.valid_until IS NOT NULL OR cs.handlekommune_id IS DISTINCT FROM EXCLUDED.handlekommune_id
    $$;
    DROP FUNCTION course_change_notice(uuid[]);
  `.execute(db);
}
