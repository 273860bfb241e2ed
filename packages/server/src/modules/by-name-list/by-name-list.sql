-- The by-name list (GET /api/by-name-list): a reviewable copy of the statement in
-- by-name-list-queries.ts, with its parameters named. Keep the two in step.
-- Shown for a municipality (handlekommune scope), filtered and sorted by days homeless;
-- optional filters are written out as if given.
WITH candidates AS (
  SELECT c.id AS person_id FROM citizens c WHERE c.handlekommune_id = $organisation_id AND c.merged_into_id IS NULL
  -- shelter: SELECT DISTINCT coalesce(c.merged_into_id, c.id) FROM shelter_stays s JOIN citizens c ON c.id = s.citizen_id
  --          WHERE s.shelter_id = $organisation_id AND (s.discharged_on IS NULL OR s.discharged_on > $today::date)
),
person_records AS (
  SELECT c.id AS record_id, coalesce(c.merged_into_id, c.id) AS person_id
  FROM citizens c
  WHERE coalesce(c.merged_into_id, c.id) IN (SELECT person_id FROM candidates)
),
periods AS (
  SELECT pr.person_id, hp.category, hp.from_date, hp.to_date, hp.created_at,
         hp.category IN ('rough_sleeping', 'night_shelter', 'shelter_110', 'hotel_hostel', 'family_friends', 'transitional_housing', 'prison_release', 'hospital_discharge', 'other_homeless') AS is_homeless
  FROM housing_periods hp
  JOIN person_records pr ON pr.record_id = hp.citizen_id
  WHERE hp.from_date <= $today::date
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
  WHERE n.to_date IS NULL OR n.to_date > $today::date
  ORDER BY n.person_id, n.from_date DESC, n.created_at DESC
),
spell AS (
  SELECT cp.person_id, cp.category, cp.is_homeless, min(n.from_date) AS spell_since
  FROM current_period cp
  JOIN numbered n ON n.person_id = cp.person_id AND n.spell_no = cp.spell_no
  GROUP BY cp.person_id, cp.category, cp.is_homeless
),
open_stay AS (
  SELECT DISTINCT ON (pr.person_id) pr.person_id, s.id AS stay_id, s.admitted_on, s.handlekommune_notified_on,
         sh.name AS shelter_name
  FROM shelter_stays s
  JOIN person_records pr ON pr.record_id = s.citizen_id
  JOIN organisations sh ON sh.id = s.shelter_id
  WHERE s.admitted_on <= $today::date AND (s.discharged_on IS NULL OR s.discharged_on > $today::date) /* shelter: AND s.shelter_id = $organisation_id */
  ORDER BY pr.person_id, s.admitted_on DESC
),
plan_now AS (
  SELECT DISTINCT ON (pr.person_id) pr.person_id, p.content -> 'responsible' -> 0 ->> 'name' AS responsible
  FROM plans p
  JOIN person_records pr ON pr.record_id = p.citizen_id
  WHERE p.made_on <= $today::date AND (p.ended_on IS NULL OR p.ended_on > $today::date)
  ORDER BY pr.person_id, p.made_on DESC
),
allocation_now AS (
  SELECT DISTINCT ON (pr.person_id) pr.person_id, a.lease_signed_on,
         coalesce(a.move_in_on, a.planned_move_in_on) AS move_in_date
  FROM housing_allocations a
  JOIN person_records pr ON pr.record_id = a.citizen_id
  WHERE a.allocated_on <= $today::date AND (a.withdrawn_on IS NULL OR a.withdrawn_on > $today::date)
  ORDER BY pr.person_id, a.allocated_on DESC
),
support_now AS (
  SELECT DISTINCT ON (pr.person_id) pr.person_id, d.method
  FROM decisions d
  JOIN person_records pr ON pr.record_id = d.citizen_id
  WHERE d.kind IN ('85a', '85') AND d.outcome = 'granted' AND d.decided_on <= $today::date
    AND (d.period_from IS NULL OR d.period_from <= $today::date) AND (d.period_to IS NULL OR d.period_to >= $today::date)
  ORDER BY pr.person_id, d.decided_on DESC
),
residential_now AS (
  SELECT DISTINCT pr.person_id
  FROM decisions d
  JOIN person_records pr ON pr.record_id = d.citizen_id
  WHERE d.kind IN ('107', '108') AND d.outcome = 'granted' AND d.decided_on <= $today::date
),
course_now AS (
  SELECT DISTINCT ON (pr.person_id) pr.person_id, sc.method, u.display_name AS worker_name
  FROM support_courses sc
  JOIN person_records pr ON pr.record_id = sc.citizen_id
  LEFT JOIN users u ON u.id = sc.worker_user_id
  WHERE sc.started_on <= $today::date AND (sc.ended_on IS NULL OR sc.ended_on > $today::date)
  ORDER BY pr.person_id, sc.started_on DESC
),
returned AS (
  SELECT DISTINCT pr.person_id
  FROM outcome_follow_ups fu
  JOIN person_records pr ON pr.record_id = fu.citizen_id
  WHERE fu.returned_from_housing
),
rows AS (
  SELECT
    c.id, c.first_name, c.last_name, c.alias, c.cpr,
    CASE WHEN sp.is_homeless THEN sp.category ELSE 'shelter_110' END AS category,
    (rt.person_id IS NOT NULL) AS returned_from_housing,
    CASE WHEN sp.is_homeless THEN $today::date - sp.spell_since + 1 END AS days_homeless,
    CASE WHEN os.person_id IS NOT NULL THEN $today::date - os.admitted_on + 1 END AS days_at_shelter,
    os.shelter_name,
    coalesce(cn.method, su.method) AS method,
    CASE
      WHEN os.person_id IS NOT NULL AND os.handlekommune_notified_on IS NULL THEN 'notify_handlekommune'
      WHEN pn.person_id IS NULL THEN 'make_plan'
      WHEN an.person_id IS NULL AND rn.person_id IS NULL THEN 'allocate_housing'
      WHEN an.person_id IS NOT NULL AND su.person_id IS NULL THEN 'decide_support'
      WHEN an.person_id IS NOT NULL AND (an.lease_signed_on IS NULL OR an.move_in_date IS NULL) THEN 'sign_lease'
      WHEN os.person_id IS NOT NULL THEN 'discharge_to_own_home'
      ELSE 'move_in'
    END AS next_step,
    coalesce(pn.responsible, cn.worker_name) AS responsible,
    ( CASE WHEN os.person_id IS NOT NULL AND pn.person_id IS NULL THEN 1 ELSE 0 END
    + CASE WHEN os.person_id IS NOT NULL AND os.handlekommune_notified_on IS NULL
            AND os.admitted_on >= $reform_in_force::date THEN 1 ELSE 0 END
    )::int AS sql_warnings
  FROM citizens c
  LEFT JOIN spell sp ON sp.person_id = c.id
  LEFT JOIN open_stay os ON os.person_id = c.id
  LEFT JOIN plan_now pn ON pn.person_id = c.id
  LEFT JOIN allocation_now an ON an.person_id = c.id
  LEFT JOIN support_now su ON su.person_id = c.id
  LEFT JOIN residential_now rn ON rn.person_id = c.id
  LEFT JOIN course_now cn ON cn.person_id = c.id
  LEFT JOIN returned rt ON rt.person_id = c.id
  WHERE c.merged_into_id IS NULL
    AND /* population */ c.handlekommune_id = $organisation_id AND (sp.is_homeless OR (sp.person_id IS NULL AND os.person_id IS NOT NULL))
    -- shelter: os.person_id IS NOT NULL
    AND /* whereCitizenInScope(c.id): see access/citizen-scope.ts (two index-friendly EXISTS on the person's records) */ TRUE
)
SELECT
  r.id, r.first_name AS "firstName", r.last_name AS "lastName", r.alias, r.cpr, r.category,
  r.returned_from_housing AS "returnedFromHousing", r.days_homeless AS "daysHomeless",
  r.days_at_shelter AS "daysAtShelter", r.shelter_name AS "shelterName", r.method, r.next_step AS "nextStep",
  r.responsible, r.sql_warnings AS "sqlWarnings", count(*) OVER ()::int AS total
FROM rows r
WHERE /* search */ (coalesce(r.first_name, '') || ' ' || coalesce(r.last_name, '') ILIKE $pattern OR r.alias ILIKE $pattern)  -- or r.cpr LIKE $digits || '%'
  AND /* category */ r.category = $category
  AND /* method */ r.method = $method               -- 'none': r.method IS NULL
  AND /* warning */ r.sql_warnings > 0             -- 'none': = 0
ORDER BY /* sort column, dir */ r.days_homeless DESC NULLS LAST, r.id
LIMIT $page_size OFFSET $offset;
