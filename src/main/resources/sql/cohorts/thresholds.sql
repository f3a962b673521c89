-- A company's thresholds, by period number.
SELECT COALESCE(json_agg(cohort_threshold_document(t) ORDER BY t.payment_period_month), '[]')::text AS document
  FROM cohort_threshold t
 WHERE t.company_id = :#company
