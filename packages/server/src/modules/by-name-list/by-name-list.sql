-- The by-name list (GET /api/by-name-list), generated from by-name-list-queries.ts by
-- reviewable-sql.test.ts: a municipality caseworker, sorted by days homeless, with every filter
-- given (search, category, method, with warnings). Do not edit by hand: UPDATE_SQL_COPIES=1
-- npx vitest run --project unit packages/server/src/modules/by-name-list rewrites it.
-- Parameters of this example:
--   $1 = "2026-01-15"
--   $2 = "2026-01-15"
--   $3 = "00000000-0000-4000-8000-0000000000aa"
--   $4 = "%Hansen%"
--   $5 = "%Hansen%"
--   $6 = "rough_sleeping"
--   $7 = "cti"
--   $8 = 50
--   $9 = 0
--   $10 = "00000000-0000-4000-8000-0000000000aa"
WITH rows AS (
  SELECT
    cs.person_id AS id, c.first_name, c.last_name, c.alias, cs.category, cs.returned_from_housing,
    $1::date - cs.spell_since + 1 AS days_homeless,
    $2::date - cs.stay_admitted_on + 1 AS days_at_shelter,
    cs.stay_shelter_id, cs.method, cs.next_step, cs.plan_responsible, cs.worker_user_id,
    cs.warning_count AS warning_count, cs.warning_rank AS warning_rank,
    count(*) OVER ()::int AS total
  FROM course_status cs
  JOIN citizens c ON c.id = cs.person_id
  WHERE cs.handlekommune_id = $3 AND cs.listed AND (coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '') ILIKE $4 OR c.alias ILIKE $5) AND cs.category = $6 AND cs.method = $7 AND cs.warning_count > 0
),
page AS (
  SELECT r.* FROM rows r
  ORDER BY "r"."days_homeless" DESC NULLS LAST, "r"."id"
  LIMIT $8 OFFSET $9
)
SELECT
  p.id, c.first_name AS "firstName", c.last_name AS "lastName", c.alias, c.cpr, p.category,
  p.returned_from_housing AS "returnedFromHousing", p.days_homeless AS "daysHomeless",
  p.days_at_shelter AS "daysAtShelter", sh.name AS "shelterName", p.method, p.next_step AS "nextStep",
  coalesce(p.plan_responsible, u.display_name) AS responsible, p.warning_count AS "warningCount", p.total
FROM page p
JOIN citizens c ON c.id = p.id
LEFT JOIN organisations sh ON sh.id = p.stay_shelter_id
LEFT JOIN users u ON u.id = p.worker_user_id
WHERE c.merged_into_id IS NULL AND EXISTS (SELECT 1 FROM citizens scope_self
        JOIN citizens scope_member
          ON coalesce(scope_member.merged_into_id, scope_member.id) = coalesce(scope_self.merged_into_id, scope_self.id)
        WHERE scope_self.id = "c"."id" AND scope_member.handlekommune_id = $10)
ORDER BY "p"."days_homeless" DESC NULLS LAST, "p"."id"
