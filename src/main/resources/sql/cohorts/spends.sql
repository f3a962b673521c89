-- A company's spends, by cohort month.
SELECT COALESCE(json_agg(cohort_spend_document(s) ORDER BY s.cohort_month), '[]')::text AS document
  FROM cohort_spend s
 WHERE s.company_id = :#company
