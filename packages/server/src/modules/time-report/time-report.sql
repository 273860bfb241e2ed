-- "Where time goes": a reviewable copy of the statements in time-report-queries.ts (keep in step).
-- :from, :to  the period (dates); :now  the moment open tasks are counted to;
-- :org  the caller's organisation; <own people> and <citizen in scope> are the
-- citizen-scope conditions (access/citizen-scope.ts) for the caller.

-- 1. Lead time: first contact → first move-in in the period, per person (surviving record).
WITH moved AS (
  SELECT coalesce(c.merged_into_id, c.id) AS person_id, min(ha.move_in_on) AS move_in_on
  FROM housing_allocations ha
  JOIN citizens c ON c.id = ha.citizen_id
  WHERE ha.move_in_on BETWEEN :from AND :to
    AND ha.withdrawn_on IS NULL
    AND <own people>            -- c.handlekommune_id = :org (a shelter: its residents in the period)
    AND <citizen in scope>      -- whereCitizenInScope(c.id)
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
SELECT person_id, first_name, last_name, alias, (move_in_on - first_on) AS days
FROM contact
WHERE first_on <= move_in_on
ORDER BY days DESC;
-- median, 75th percentile and share within collaboration_settings.housing_goal_days are
-- computed from these rows by domain summariseLeadTimes (percentile_cont interpolation).

-- 2. Waits per flowcard step and per unit.
WITH w AS (
  SELECT t.id, t.citizen_id, coalesce(c.merged_into_id, c.id) AS person_id, t.unit_id, t.step_key, t.title,
         fr.flowcard_id, t.done_at IS NULL AS is_open,
         EXTRACT(EPOCH FROM (coalesce(t.done_at, :now) - t.opened_at)) / 86400.0 AS days
  FROM tasks t
  JOIN citizens c ON c.id = t.citizen_id
  LEFT JOIN flowcard_runs fr ON fr.id = t.flowcard_run_id
  WHERE t.opened_at >= :from AND t.opened_at < :to + 1
    AND t.status <> 'cancelled'
    AND (t.organisation_id = :org OR t.unit_id IN (SELECT id FROM units WHERE organisation_id = :org))
    -- the scope once per citizen, not per task:
    AND t.citizen_id IN (SELECT c.id FROM citizens c
                         WHERE c.id IN (SELECT DISTINCT citizen_id FROM tasks WHERE opened_at in the period)
                           AND <citizen in scope>)
),
by_step AS (
  SELECT 'step' AS grouping,
         CASE WHEN w.flowcard_id IS NULL THEN 'manual' ELSE 'step:' || w.flowcard_id || ':' || w.step_key END AS key,
         CASE WHEN w.flowcard_id IS NULL THEN NULL ELSE min(w.title) END AS label,
         CASE WHEN w.flowcard_id IS NULL THEN NULL ELSE min(f.name) END AS context,
         count(*) AS task_count, count(*) FILTER (WHERE w.is_open) AS open_count,
         avg(w.days) AS mean_days, percentile_cont(0.5) WITHIN GROUP (ORDER BY w.days) AS median_days,
         sum(w.days) AS total_days
  FROM w LEFT JOIN flowcards f ON f.id = w.flowcard_id
  GROUP BY w.flowcard_id, w.step_key, (w.flowcard_id IS NULL)
),
by_unit AS (
  SELECT 'unit', 'unit:' || w.unit_id, min(u.name), min(o.name),
         count(*), count(*) FILTER (WHERE w.is_open),
         avg(w.days), percentile_cont(0.5) WITHIN GROUP (ORDER BY w.days), sum(w.days)
  FROM w JOIN units u ON u.id = w.unit_id JOIN organisations o ON o.id = u.organisation_id
  GROUP BY w.unit_id
)
SELECT * FROM by_step UNION ALL SELECT * FROM by_unit
ORDER BY mean_days DESC;

-- 3. The people behind one bar (the same w), each person's longest wait, longest first.
-- WITH w AS (...) SELECT w.person_id, r.first_name, r.last_name, r.alias, max(w.days), bool_or(w.is_open)
-- FROM w JOIN citizens r ON r.id = w.person_id WHERE <the bar's filter> GROUP BY ... ORDER BY 5 DESC LIMIT 500;
