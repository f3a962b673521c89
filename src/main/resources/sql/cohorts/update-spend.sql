-- A spend changed; no row when the company has none for that cohort month (404).
UPDATE cohort_spend
   SET spend = CAST(:#spend AS numeric), submission_id = NULL, source_row = NULL, updated_by = :#actor, updated_at = now()
 WHERE company_id = :#company AND cohort_month = CAST(:#cohortMonth AS date)
RETURNING cohort_spend_document(cohort_spend)::text AS document
