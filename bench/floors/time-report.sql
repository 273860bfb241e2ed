-- Floor for GET /api/time-report?from=…&to=… (issue 9): the municipality's move-ins in the period
-- with each person's days from first contact, and its tasks opened in the period grouped by step
-- and by unit (count, open, mean, median, total days), and its housing offers step by step. Rerun with:
--   psql postgres://postgres@127.0.0.1:5432/hjemvej_national -v organisation_id=<uuid> -v from=2025-12-05 -v to=2026-12-05 -f bench/floors/time-report.sql
SELECT coalesce(c.merged_into_id, c.id) AS person_id,
       min(ha.move_in_on) - min(coalesce(c.first_contact_on, (c.created_at AT TIME ZONE 'Europe/Copenhagen')::date)) AS days
FROM housing_allocations ha
JOIN citizens c ON c.id = ha.citizen_id
WHERE c.handlekommune_id = :'organisation_id' AND ha.move_in_on BETWEEN :'from'::date AND :'to'::date
  AND ha.withdrawn_on IS NULL
GROUP BY 1;

SET work_mem = '64MB';
SELECT r.flowcard_id, t.step_key, t.unit_id, count(*) AS tasks, count(*) FILTER (WHERE t.done_at IS NULL) AS open,
       avg(w.days) AS mean_days, percentile_cont(0.5) WITHIN GROUP (ORDER BY w.days) AS median_days, sum(w.days) AS total_days
FROM tasks t
LEFT JOIN flowcard_runs r ON r.id = t.flowcard_run_id
CROSS JOIN LATERAL (SELECT EXTRACT(EPOCH FROM (coalesce(t.done_at, now()) - t.opened_at)) / 86400.0 AS days) w
WHERE (t.organisation_id = :'organisation_id' OR t.unit_id IN (SELECT id FROM units WHERE organisation_id = :'organisation_id'))
  AND t.opened_at >= :'from'::date AND t.opened_at < :'to'::date + 1 AND t.status <> 'cancelled'
GROUP BY GROUPING SETS ((r.flowcard_id, t.step_key), (t.unit_id));

-- The housing offers made in the period by the organisation, step by step (offer → answer →
-- lease → move-in), which the route's answer also holds.
SELECT s.step, count(*) AS offers, count(*) FILTER (WHERE s.is_open) AS open,
       avg(s.days) AS mean_days, percentile_cont(0.5) WITHIN GROUP (ORDER BY s.days) AS median_days, sum(s.days) AS total_days
FROM housing_offers o
LEFT JOIN housing_allocations ha ON ha.id = o.housing_allocation_id AND ha.withdrawn_on IS NULL
CROSS JOIN LATERAL (VALUES
  ('answer', coalesce(o.answered_on, current_date) - o.offered_on, o.answered_on IS NULL, true),
  ('lease', coalesce(ha.lease_signed_on, current_date) - o.answered_on, ha.lease_signed_on IS NULL, o.answer = 'accepted' AND ha.id IS NOT NULL),
  ('move_in', coalesce(ha.move_in_on, current_date) - ha.lease_signed_on, ha.move_in_on IS NULL, o.answer = 'accepted' AND ha.lease_signed_on IS NOT NULL)
) AS s(step, days, is_open, applies)
WHERE o.organisation_id = :'organisation_id' AND o.offered_on BETWEEN :'from'::date AND :'to'::date
  AND o.answer <> 'withdrawn' AND s.applies
GROUP BY s.step;
