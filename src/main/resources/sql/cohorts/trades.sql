-- A company's trades, by cohort month.
SELECT COALESCE(json_agg(cohort_trade_document(t) ORDER BY t.cohort_month), '[]')::text AS document
  FROM cohort_trade t
 WHERE t.company_id = :#company
