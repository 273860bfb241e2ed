-- Floor for GET /api/by-name-list?sort=daysHomeless&dir=desc&pageSize=50 (issue 9): the
-- municipality's listed persons from the maintained course_status rows, first page by days
-- homeless, with the total (the rows must be fresh: the route refreshes stale ones first).
-- Rerun with:
--   psql postgres://postgres@127.0.0.1:5432/hjemvej_national -v organisation_id=<uuid> -f bench/floors/by-name-list.sql
SELECT cs.person_id, c.first_name, c.last_name, c.alias, c.cpr, cs.category, cs.returned_from_housing,
       current_date - cs.spell_since + 1 AS days_homeless, current_date - cs.stay_admitted_on + 1 AS days_at_shelter,
       sh.name AS shelter_name, cs.method, cs.next_step, coalesce(cs.plan_responsible, u.display_name) AS responsible,
       cs.warning_count, count(*) OVER () AS total
FROM course_status cs
JOIN citizens c ON c.id = cs.person_id
LEFT JOIN organisations sh ON sh.id = cs.stay_shelter_id
LEFT JOIN users u ON u.id = cs.worker_user_id
WHERE cs.handlekommune_id = :'organisation_id' AND cs.listed
ORDER BY days_homeless DESC NULLS LAST, cs.person_id
LIMIT 50;
