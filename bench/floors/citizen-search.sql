-- Floor for GET /api/citizens?search=…&pageSize=25 (issue 9): the simplest SQL returning the
-- same rows: the municipality's surviving records whose name or alias matches, first page in
-- name order, with the total. Rerun with:
--   psql postgres://postgres@127.0.0.1:5432/hjemvej_national -v organisation_id=<uuid> -v search=Hansen -f bench/floors/citizen-search.sql
SELECT c.id, c.cpr, c.birth_date, c.first_name, c.last_name, c.alias, o.name AS handlekommune,
       count(*) OVER () AS total
FROM citizens c
JOIN organisations o ON o.id = c.handlekommune_id
WHERE c.handlekommune_id = :'organisation_id' AND c.merged_into_id IS NULL
  AND (coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '') ILIKE '%' || :'search' || '%'
       OR c.alias ILIKE '%' || :'search' || '%')
ORDER BY lower(c.last_name), lower(c.first_name), lower(c.alias), c.id
LIMIT 25;
