-- Floor for GET /api/citizens/:id/page as the municipality's caseworker (issue 9 point 4): the
-- person's records (in the municipality) and every section's rows, each as JSON, in one
-- statement. Rerun with:
--   psql postgres://postgres@127.0.0.1:5432/hjemvej_national -v organisation_id=<uuid> -v citizen_id=<uuid> -f bench/floors/citizen-page.sql
WITH person AS (
  SELECT array_agg(r.id) AS ids
  FROM citizens r
  WHERE coalesce(r.merged_into_id, r.id) = :'citizen_id'
    AND EXISTS (SELECT 1 FROM citizens s WHERE coalesce(s.merged_into_id, s.id) = :'citizen_id' AND s.handlekommune_id = :'organisation_id')
)
SELECT
  (SELECT json_agg(c) FROM citizens c WHERE c.id = ANY (p.ids)) AS records,
  (SELECT json_agg(x) FROM housing_periods x WHERE x.citizen_id = ANY (p.ids)) AS housing_periods,
  (SELECT json_agg(x) FROM shelter_stays x WHERE x.citizen_id = ANY (p.ids)) AS stays,
  (SELECT json_agg(x) FROM assessments x WHERE x.citizen_id = ANY (p.ids)) AS assessments,
  (SELECT json_agg(x) FROM plans x WHERE x.citizen_id = ANY (p.ids)) AS plans,
  (SELECT json_agg(x) FROM decisions x WHERE x.citizen_id = ANY (p.ids)) AS decisions,
  (SELECT json_agg(v) FROM assessment_versions v JOIN assessments x ON x.id = v.assessment_id WHERE x.citizen_id = ANY (p.ids)) AS assessment_versions,
  (SELECT json_agg(v) FROM plan_versions v JOIN plans x ON x.id = v.plan_id WHERE x.citizen_id = ANY (p.ids)) AS plan_versions,
  (SELECT json_agg(v) FROM decision_versions v JOIN decisions x ON x.id = v.decision_id WHERE x.citizen_id = ANY (p.ids)) AS decision_versions,
  (SELECT json_agg(x) FROM housing_profiles x WHERE x.citizen_id = ANY (p.ids)) AS housing_profile,
  (SELECT json_agg(x) FROM housing_allocations x WHERE x.citizen_id = ANY (p.ids)) AS allocations,
  (SELECT json_agg(x) FROM support_courses x WHERE x.citizen_id = ANY (p.ids)) AS support_courses,
  (SELECT json_agg(y) FROM support_course_phases y JOIN support_courses x ON x.id = y.support_course_id WHERE x.citizen_id = ANY (p.ids)) AS phases,
  (SELECT json_agg(y) FROM support_contacts y JOIN support_courses x ON x.id = y.support_course_id WHERE x.citizen_id = ANY (p.ids)) AS contacts,
  (SELECT json_agg(x) FROM course_registrations x WHERE x.citizen_id = ANY (p.ids)) AS registrations,
  (SELECT json_agg(x) FROM outcome_follow_ups x WHERE x.citizen_id = ANY (p.ids)) AS follow_ups,
  (SELECT json_agg(x) FROM tasks x WHERE x.citizen_id = ANY (p.ids)) AS tasks,
  (SELECT json_agg(x) FROM flowcard_runs x WHERE x.citizen_id = ANY (p.ids)) AS runs,
  (SELECT json_agg(x) FROM network_meetings x WHERE x.citizen_id = ANY (p.ids)) AS meetings,
  (SELECT json_agg(x) FROM citizen_consents x WHERE x.citizen_id = ANY (p.ids)) AS consents,
  (SELECT json_agg(x) FROM emergency_accesses x WHERE x.citizen_id = ANY (p.ids)) AS emergency_accesses
FROM person p
WHERE p.ids IS NOT NULL;
