-- Floor for GET /api/inbox?pageSize=50 (issue 9): the open tasks of the user's units, most urgent
-- first (the inbox order), first page, with the total. Rerun with:
--   psql postgres://postgres@127.0.0.1:5432/hjemvej_national -v email=jobcenter@demo.hjemvej.dk -f bench/floors/inbox.sql
SELECT t.id, t.title, t.status, t.due_on, t.is_urgent, un.name AS unit_name, f.name AS flowcard_name,
       c.first_name, c.last_name, c.alias, count(*) OVER () AS total
FROM tasks t
JOIN units un ON un.id = t.unit_id
JOIN citizens c ON c.id = t.citizen_id
LEFT JOIN flowcard_runs r ON r.id = t.flowcard_run_id
LEFT JOIN flowcards f ON f.id = r.flowcard_id
WHERE t.unit_id IN (SELECT uu.unit_id FROM user_units uu JOIN users u ON u.id = uu.user_id WHERE u.email = :'email')
  AND t.status IN ('open', 'in_progress', 'blocked')
ORDER BY (t.is_urgent OR c.housing_first_urgent_since IS NOT NULL) DESC, (t.due_on < current_date) DESC,
         t.due_on ASC NULLS LAST, t.created_at, t.id
LIMIT 50;
