-- The list facts of stale persons (modules/course-status), generated from course-status-queries.ts
-- by reviewable-sql.test.ts for two persons. Do not edit by hand: UPDATE_SQL_COPIES=1
-- npx vitest run --project unit packages/server/src/modules/by-name-list rewrites it.
-- Parameters of this example:
--   $1 = ["00000000-0000-4000-8000-000000000010","00000000-0000-4000-8000-000000000011"]
--   $2 = ["00000000-0000-4000-8000-000000000010","00000000-0000-4000-8000-000000000011"]
--   $3 = ["00000000-0000-4000-8000-000000000010","00000000-0000-4000-8000-000000000011"]
--   $4 = "2026-01-15"
--   $5 = "2026-01-15"
--   $6 = "2026-01-15"
--   $7 = "2026-01-15"
--   $8 = "2026-01-15"
--   $9 = "2026-01-15"
--   $10 = "2026-01-15"
--   $11 = "2026-01-15"
--   $12 = "2026-01-15"
--   $13 = "2026-01-15"
--   $14 = "2026-01-15"
--   $15 = "2026-01-15"
--   $16 = "2026-01-15"
--   $17 = "2026-01-15"
--   $18 = "2026-01-15"
WITH persons AS (
  SELECT unnest($1::uuid[]) AS person_id
),
-- Two index lookups rather than one OR, so a few stale persons cost a few index probes.
person_records AS (
  SELECT c.id AS record_id, c.id AS person_id FROM citizens c WHERE c.id = ANY ($2::uuid[])
  UNION ALL
  SELECT c.id, c.merged_into_id FROM citizens c WHERE c.merged_into_id = ANY ($3::uuid[])
),
periods AS (
  SELECT pr.person_id, hp.category, hp.from_date, hp.to_date, hp.created_at,
         hp.category IN ('rough_sleeping', 'night_shelter', 'shelter_110', 'hotel_hostel', 'family_friends', 'transitional_housing', 'prison_release', 'hospital_discharge', 'other_homeless') AS is_homeless
  FROM housing_periods hp
  JOIN person_records pr ON pr.record_id = hp.citizen_id
  WHERE hp.from_date <= $4::date
),
marked AS (
  SELECT p.*,
         CASE WHEN p.is_homeless
               AND coalesce(lag(p.is_homeless) OVER w, false)
               AND lag(p.to_date) OVER w = p.from_date THEN 0 ELSE 1 END AS starts_spell
  FROM periods p
  WINDOW w AS (PARTITION BY p.person_id ORDER BY p.from_date, p.created_at)
),
numbered AS (
  SELECT m.*, sum(m.starts_spell) OVER (PARTITION BY m.person_id ORDER BY m.from_date, m.created_at
                                          ROWS UNBOUNDED PRECEDING) AS spell_no
  FROM marked m
),
current_period AS (
  SELECT DISTINCT ON (n.person_id) n.person_id, n.category, n.is_homeless, n.spell_no
  FROM numbered n
  WHERE n.to_date IS NULL OR n.to_date > $5::date
  ORDER BY n.person_id, n.from_date DESC, n.created_at DESC
),
spell AS (
  SELECT cp.person_id, cp.category, cp.is_homeless, min(n.from_date) AS spell_since
  FROM current_period cp
  JOIN numbered n ON n.person_id = cp.person_id AND n.spell_no = cp.spell_no
  GROUP BY cp.person_id, cp.category, cp.is_homeless
),
open_stay AS (
  SELECT DISTINCT ON (pr.person_id) pr.person_id, s.shelter_id, s.admitted_on, s.handlekommune_notified_on
  FROM shelter_stays s
  JOIN person_records pr ON pr.record_id = s.citizen_id
  WHERE s.admitted_on <= $6::date AND (s.discharged_on IS NULL OR s.discharged_on > $7::date)
  ORDER BY pr.person_id, s.admitted_on DESC
),
plan_now AS (
  SELECT DISTINCT ON (pr.person_id) pr.person_id, p.content -> 'responsible' -> 0 ->> 'name' AS responsible
  FROM plans p
  JOIN person_records pr ON pr.record_id = p.citizen_id
  WHERE p.made_on <= $8::date AND (p.ended_on IS NULL OR p.ended_on > $9::date)
  ORDER BY pr.person_id, p.made_on DESC
),
allocation_now AS (
  SELECT DISTINCT ON (pr.person_id) pr.person_id, a.lease_signed_on,
         coalesce(a.move_in_on, a.planned_move_in_on) AS move_in_date
  FROM housing_allocations a
  JOIN person_records pr ON pr.record_id = a.citizen_id
  WHERE a.allocated_on <= $10::date AND (a.withdrawn_on IS NULL OR a.withdrawn_on > $11::date)
  ORDER BY pr.person_id, a.allocated_on DESC
),
support_now AS (
  SELECT DISTINCT ON (pr.person_id) pr.person_id, d.method
  FROM decisions d
  JOIN person_records pr ON pr.record_id = d.citizen_id
  WHERE d.kind IN ('85a', '85') AND d.outcome = 'granted' AND d.decided_on <= $12::date
    AND (d.period_from IS NULL OR d.period_from <= $13::date) AND (d.period_to IS NULL OR d.period_to >= $14::date)
  ORDER BY pr.person_id, d.decided_on DESC
),
residential_now AS (
  SELECT DISTINCT pr.person_id
  FROM decisions d
  JOIN person_records pr ON pr.record_id = d.citizen_id
  WHERE d.kind IN ('107', '108') AND d.outcome = 'granted' AND d.decided_on <= $15::date
),
course_now AS (
  SELECT DISTINCT ON (pr.person_id) pr.person_id, sc.method, sc.worker_user_id
  FROM support_courses sc
  JOIN person_records pr ON pr.record_id = sc.citizen_id
  WHERE sc.started_on <= $16::date AND (sc.ended_on IS NULL OR sc.ended_on > $17::date)
  ORDER BY pr.person_id, sc.started_on DESC
),
returned AS (
  SELECT DISTINCT pr.person_id
  FROM outcome_follow_ups fu
  JOIN person_records pr ON pr.record_id = fu.citizen_id
  WHERE fu.returned_from_housing
),
future_dates AS (
  SELECT pr.person_id, d.day
  FROM person_records pr
  CROSS JOIN LATERAL (
    SELECT unnest(ARRAY[hp.from_date, hp.to_date]) FROM housing_periods hp WHERE hp.citizen_id = pr.record_id
    UNION ALL SELECT unnest(ARRAY[s.admitted_on, s.discharged_on]) FROM shelter_stays s WHERE s.citizen_id = pr.record_id
    UNION ALL SELECT unnest(ARRAY[p.made_on, p.ended_on]) FROM plans p WHERE p.citizen_id = pr.record_id
    UNION ALL SELECT unnest(ARRAY[a.allocated_on, a.withdrawn_on]) FROM housing_allocations a WHERE a.citizen_id = pr.record_id
    UNION ALL SELECT unnest(ARRAY[dc.decided_on, dc.period_from, dc.period_to + 1]) FROM decisions dc WHERE dc.citizen_id = pr.record_id
    UNION ALL SELECT unnest(ARRAY[sc.started_on, sc.ended_on]) FROM support_courses sc WHERE sc.citizen_id = pr.record_id
  ) AS d(day)
  WHERE d.day > $18::date
),
next_change AS (
  SELECT person_id, min(day) AS next_change FROM future_dates GROUP BY person_id
),
records AS (
  SELECT person_id, array_agg(record_id ORDER BY record_id) AS record_ids FROM person_records GROUP BY person_id
)
SELECT
  p.person_id AS "personId",
  rc.record_ids AS "recordIds",
  coalesce(sp.is_homeless OR (sp.person_id IS NULL AND os.person_id IS NOT NULL), false) AS listed,
  CASE WHEN sp.is_homeless THEN sp.category ELSE 'shelter_110' END AS category,
  (rt.person_id IS NOT NULL) AS "returnedFromHousing",
  CASE WHEN sp.is_homeless THEN sp.spell_since END AS "spellSince",
  os.shelter_id AS "stayShelterId",
  os.admitted_on AS "stayAdmittedOn",
  coalesce(cn.method, su.method) AS method,
  CASE
    WHEN os.person_id IS NOT NULL AND os.handlekommune_notified_on IS NULL THEN 'notify_handlekommune'
    WHEN pn.person_id IS NULL THEN 'make_plan'
    WHEN an.person_id IS NULL AND rn.person_id IS NULL THEN 'allocate_housing'
    WHEN an.person_id IS NOT NULL AND su.person_id IS NULL THEN 'decide_support'
    WHEN an.person_id IS NOT NULL AND (an.lease_signed_on IS NULL OR an.move_in_date IS NULL) THEN 'sign_lease'
    WHEN os.person_id IS NOT NULL THEN 'discharge_to_own_home'
    ELSE 'move_in'
  END AS "nextStep",
  pn.responsible AS "planResponsible",
  cn.worker_user_id AS "workerUserId",
  nc.next_change AS "nextChange"
FROM persons p
JOIN records rc ON rc.person_id = p.person_id
LEFT JOIN spell sp ON sp.person_id = p.person_id
LEFT JOIN open_stay os ON os.person_id = p.person_id
LEFT JOIN plan_now pn ON pn.person_id = p.person_id
LEFT JOIN allocation_now an ON an.person_id = p.person_id
LEFT JOIN support_now su ON su.person_id = p.person_id
LEFT JOIN residential_now rn ON rn.person_id = p.person_id
LEFT JOIN course_now cn ON cn.person_id = p.person_id
LEFT JOIN returned rt ON rt.person_id = p.person_id
LEFT JOIN next_change nc ON nc.person_id = p.person_id
ORDER BY p.person_id
