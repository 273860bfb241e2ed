-- "Where time goes" (GET /api/time-report), generated from time-report-queries.ts by reviewable-sql.test.ts
-- for a municipality caseworker, 2026-01-01 to 2026-12-31.
-- Do not edit by hand: UPDATE_SQL_COPIES=1 npx vitest run --project unit
-- packages/server/src/modules/time-report rewrites it.
-- 1. Lead time: first contact → first move-in in the period, per person (surviving record).
-- Parameters of this example:
--   $1 = "2026-01-01"
--   $2 = "2026-12-31"
--   $3 = "00000000-0000-4000-8000-0000000000aa"
--   $4 = "00000000-0000-4000-8000-0000000000aa"
WITH moved AS (
  SELECT coalesce(c.merged_into_id, c.id) AS person_id, min(ha.move_in_on) AS move_in_on
  FROM housing_allocations ha
  JOIN citizens c ON c.id = ha.citizen_id
  WHERE ha.move_in_on BETWEEN $1::date AND $2::date
    AND ha.withdrawn_on IS NULL
    AND c.handlekommune_id = $3
    AND EXISTS (SELECT 1 FROM citizens scope_self
        JOIN citizens scope_member
          ON coalesce(scope_member.merged_into_id, scope_member.id) = coalesce(scope_self.merged_into_id, scope_self.id)
        WHERE scope_self.id = "c"."id" AND scope_member.handlekommune_id = $4)
  GROUP BY 1
),
-- The first § 110 admission of each person, over all its records, in one pass (not per person).
first_stay AS (
  SELECT coalesce(sc.merged_into_id, sc.id) AS person_id, min(s.admitted_on) AS admitted_on
  FROM shelter_stays s JOIN citizens sc ON sc.id = s.citizen_id
  WHERE coalesce(sc.merged_into_id, sc.id) IN (SELECT person_id FROM moved)
  GROUP BY 1
),
contact AS (
  SELECT m.person_id, m.move_in_on,
         coalesce(r.first_contact_on,
                  least((r.created_at AT TIME ZONE 'Europe/Copenhagen')::date, fs.admitted_on)) AS first_on,
         r.first_name, r.last_name, r.alias
  FROM moved m JOIN citizens r ON r.id = m.person_id
  LEFT JOIN first_stay fs ON fs.person_id = m.person_id
)
SELECT person_id AS "personId", first_name AS "firstName", last_name AS "lastName", alias,
       (move_in_on - first_on) AS days
FROM contact
WHERE first_on <= move_in_on
ORDER BY days DESC

-- 2. Waits: tasks opened in the period, grouped by flowcard step and by unit (mean, median, total days).
-- Parameters of this example:
--   $1 = "2026-01-01"
--   $2 = "2026-12-31"
--   $3 = "00000000-0000-4000-8000-0000000000aa"
--   $4 = "00000000-0000-4000-8000-0000000000aa"
--   $5 = "00000000-0000-4000-8000-0000000000aa"
--   $6 = "2026-06-15T10:00:00.000Z"
--   $7 = 2
--   $8 = 2
--   $9 = 2
WITH w AS (
  WITH own AS MATERIALIZED (
    SELECT t.id, t.citizen_id, t.unit_id, t.step_key, t.title, t.flowcard_run_id, t.opened_at, t.done_at
    FROM tasks t
    WHERE t.opened_at >= $1::date AND t.opened_at < ($2::date + 1)
      AND t.status <> 'cancelled'
      AND ("t".organisation_id = $3
         OR "t".unit_id IN (SELECT id FROM units WHERE organisation_id = $4))
  ),
  scoped AS (
    SELECT c.id, coalesce(c.merged_into_id, c.id) AS person_id FROM citizens c
    WHERE c.id IN (SELECT DISTINCT o.citizen_id FROM own o) AND EXISTS (SELECT 1 FROM citizens scope_self
        JOIN citizens scope_member
          ON coalesce(scope_member.merged_into_id, scope_member.id) = coalesce(scope_self.merged_into_id, scope_self.id)
        WHERE scope_self.id = "c"."id" AND scope_member.handlekommune_id = $5)
  )
  SELECT t.id, t.citizen_id, sc.person_id, t.unit_id, t.step_key, t.title,
         fr.flowcard_id, t.done_at IS NULL AS is_open,
         EXTRACT(EPOCH FROM (coalesce(t.done_at, $6::timestamptz) - t.opened_at)) / 86400.0 AS days
  FROM own t
  JOIN scoped sc ON sc.id = t.citizen_id
  LEFT JOIN flowcard_runs fr ON fr.id = t.flowcard_run_id),
m AS (
  SELECT x.*,
         CASE WHEN x.title_tasks >= $7 THEN 'manual:title:' || x.title_key
              ELSE 'manual:unit:' || x.unit_id END AS bar_key,
         CASE WHEN x.title_tasks >= $8 THEN btrim(x.title) END AS bar_label,
         CASE WHEN x.title_tasks >= $9 THEN NULL ELSE u.name END AS bar_context
  FROM (SELECT w.*, lower(btrim(w.title)) AS title_key,
               count(*) OVER (PARTITION BY lower(btrim(w.title))) AS title_tasks
        FROM "w" w WHERE w.flowcard_id IS NULL) x
  JOIN units u ON u.id = x.unit_id),
by_step AS (
  SELECT 'step' AS grouping, 'step:' || w.flowcard_id || ':' || w.step_key AS key,
         min(w.title) AS label, min(f.name) AS context,
         count(*)::int AS "taskCount", count(*) FILTER (WHERE w.is_open)::int AS "openCount",
         avg(w.days)::float8 AS "meanDays",
         percentile_cont(0.5) WITHIN GROUP (ORDER BY w.days)::float8 AS "medianDays",
         sum(w.days)::float8 AS "totalDays"
  FROM w JOIN flowcards f ON f.id = w.flowcard_id
  GROUP BY w.flowcard_id, w.step_key
),
by_manual AS (
  SELECT 'step' AS grouping, m.bar_key, min(m.bar_label), min(m.bar_context),
         count(*)::int, count(*) FILTER (WHERE m.is_open)::int,
         avg(m.days)::float8, percentile_cont(0.5) WITHIN GROUP (ORDER BY m.days)::float8, sum(m.days)::float8
  FROM m
  GROUP BY m.bar_key
),
by_unit AS (
  SELECT 'unit' AS grouping, 'unit:' || w.unit_id AS key, min(u.name) AS label, min(o.name) AS context,
         count(*)::int, count(*) FILTER (WHERE w.is_open)::int,
         avg(w.days)::float8, percentile_cont(0.5) WITHIN GROUP (ORDER BY w.days)::float8, sum(w.days)::float8
  FROM w JOIN units u ON u.id = w.unit_id JOIN organisations o ON o.id = u.organisation_id
  GROUP BY w.unit_id
)
SELECT * FROM by_step UNION ALL SELECT * FROM by_manual UNION ALL SELECT * FROM by_unit
ORDER BY "meanDays" DESC

-- 3. The people behind one bar (a flowcard step), each person's longest wait, longest first.
-- Parameters of this example:
--   $1 = "2026-01-01"
--   $2 = "2026-12-31"
--   $3 = "00000000-0000-4000-8000-0000000000aa"
--   $4 = "00000000-0000-4000-8000-0000000000aa"
--   $5 = "00000000-0000-4000-8000-0000000000aa"
--   $6 = "2026-06-15T10:00:00.000Z"
--   $7 = "00000000-0000-4000-8000-000000000020"
--   $8 = "plan"
WITH "w" AS (
  WITH own AS MATERIALIZED (
    SELECT t.id, t.citizen_id, t.unit_id, t.step_key, t.title, t.flowcard_run_id, t.opened_at, t.done_at
    FROM tasks t
    WHERE t.opened_at >= $1::date AND t.opened_at < ($2::date + 1)
      AND t.status <> 'cancelled'
      AND ("t".organisation_id = $3
         OR "t".unit_id IN (SELECT id FROM units WHERE organisation_id = $4))
  ),
  scoped AS (
    SELECT c.id, coalesce(c.merged_into_id, c.id) AS person_id FROM citizens c
    WHERE c.id IN (SELECT DISTINCT o.citizen_id FROM own o) AND EXISTS (SELECT 1 FROM citizens scope_self
        JOIN citizens scope_member
          ON coalesce(scope_member.merged_into_id, scope_member.id) = coalesce(scope_self.merged_into_id, scope_self.id)
        WHERE scope_self.id = "c"."id" AND scope_member.handlekommune_id = $5)
  )
  SELECT t.id, t.citizen_id, sc.person_id, t.unit_id, t.step_key, t.title,
         fr.flowcard_id, t.done_at IS NULL AS is_open,
         EXTRACT(EPOCH FROM (coalesce(t.done_at, $6::timestamptz) - t.opened_at)) / 86400.0 AS days
  FROM own t
  JOIN scoped sc ON sc.id = t.citizen_id
  LEFT JOIN flowcard_runs fr ON fr.id = t.flowcard_run_id)
SELECT w.person_id AS "personId", r.first_name AS "firstName", r.last_name AS "lastName", r.alias,
       max(w.days)::float8 AS days, bool_or(w.is_open) AS "isOpen"
FROM w JOIN citizens r ON r.id = w.person_id
WHERE w.flowcard_id = $7::uuid AND w.step_key = $8
GROUP BY w.person_id, r.first_name, r.last_name, r.alias
ORDER BY days DESC
LIMIT 500

-- 4. Housing offers made in the period, step by step: offer → answer → lease → move-in (days, to today while open).
-- Parameters of this example:
--   $1 = "2026-06-15"
--   $2 = "2026-06-15"
--   $3 = "2026-06-15"
--   $4 = "2026-01-01"
--   $5 = "2026-12-31"
--   $6 = "00000000-0000-4000-8000-0000000000aa"
--   $7 = "00000000-0000-4000-8000-0000000000aa"
WITH s AS (
  SELECT coalesce(c.merged_into_id, c.id) AS person_id, s.step, s.ord, greatest(0, s.days) AS days, s.is_open
  FROM housing_offers o
  JOIN citizens c ON c.id = o.citizen_id
  LEFT JOIN housing_allocations ha ON ha.id = o.housing_allocation_id AND ha.withdrawn_on IS NULL
  CROSS JOIN LATERAL (VALUES
    ('answer', 1, coalesce(o.answered_on, $1::date) - o.offered_on, o.answered_on IS NULL, true),
    ('lease', 2, coalesce(ha.lease_signed_on, $2::date) - o.answered_on, ha.lease_signed_on IS NULL,
     o.answer = 'accepted' AND ha.id IS NOT NULL),
    ('move_in', 3, coalesce(ha.move_in_on, $3::date) - ha.lease_signed_on, ha.move_in_on IS NULL,
     o.answer = 'accepted' AND ha.lease_signed_on IS NOT NULL)
  ) AS s(step, ord, days, is_open, applies)
  WHERE o.offered_on BETWEEN $4::date AND $5::date
    AND o.organisation_id = $6
    AND o.answer <> 'withdrawn'
    AND s.applies
    AND EXISTS (SELECT 1 FROM citizens scope_self
        JOIN citizens scope_member
          ON coalesce(scope_member.merged_into_id, scope_member.id) = coalesce(scope_self.merged_into_id, scope_self.id)
        WHERE scope_self.id = "c"."id" AND scope_member.handlekommune_id = $7))
SELECT s.step, count(*)::int AS "taskCount", count(*) FILTER (WHERE s.is_open)::int AS "openCount",
       avg(s.days)::float8 AS "meanDays",
       percentile_cont(0.5) WITHIN GROUP (ORDER BY s.days)::float8 AS "medianDays",
       sum(s.days)::float8 AS "totalDays"
FROM s
GROUP BY s.step, s.ord
ORDER BY s.ord

-- 5. The people behind one offer step, each person's longest time in it, longest first.
-- Parameters of this example:
--   $1 = "2026-06-15"
--   $2 = "2026-06-15"
--   $3 = "2026-06-15"
--   $4 = "2026-01-01"
--   $5 = "2026-12-31"
--   $6 = "00000000-0000-4000-8000-0000000000aa"
--   $7 = "00000000-0000-4000-8000-0000000000aa"
--   $8 = "answer"
WITH s AS (
  SELECT coalesce(c.merged_into_id, c.id) AS person_id, s.step, s.ord, greatest(0, s.days) AS days, s.is_open
  FROM housing_offers o
  JOIN citizens c ON c.id = o.citizen_id
  LEFT JOIN housing_allocations ha ON ha.id = o.housing_allocation_id AND ha.withdrawn_on IS NULL
  CROSS JOIN LATERAL (VALUES
    ('answer', 1, coalesce(o.answered_on, $1::date) - o.offered_on, o.answered_on IS NULL, true),
    ('lease', 2, coalesce(ha.lease_signed_on, $2::date) - o.answered_on, ha.lease_signed_on IS NULL,
     o.answer = 'accepted' AND ha.id IS NOT NULL),
    ('move_in', 3, coalesce(ha.move_in_on, $3::date) - ha.lease_signed_on, ha.move_in_on IS NULL,
     o.answer = 'accepted' AND ha.lease_signed_on IS NOT NULL)
  ) AS s(step, ord, days, is_open, applies)
  WHERE o.offered_on BETWEEN $4::date AND $5::date
    AND o.organisation_id = $6
    AND o.answer <> 'withdrawn'
    AND s.applies
    AND EXISTS (SELECT 1 FROM citizens scope_self
        JOIN citizens scope_member
          ON coalesce(scope_member.merged_into_id, scope_member.id) = coalesce(scope_self.merged_into_id, scope_self.id)
        WHERE scope_self.id = "c"."id" AND scope_member.handlekommune_id = $7))
SELECT s.person_id AS "personId", r.first_name AS "firstName", r.last_name AS "lastName", r.alias,
       max(s.days)::float8 AS days, bool_or(s.is_open) AS "isOpen"
FROM s JOIN citizens r ON r.id = s.person_id
WHERE s.step = $8
GROUP BY s.person_id, r.first_name, r.last_name, r.alias
ORDER BY days DESC
LIMIT 500
