-- A company's kept cohort figures, when none of its inputs changed since they were computed (no
-- recalculation is pending for it); no row otherwise, and they are computed when asked.
SELECT r.cashflows, r.cohort_table
  FROM cohort_result r
 WHERE r.company_id = :#${exchangeProperty.cohortCompany}
   AND NOT EXISTS (SELECT 1 FROM cohort_recalculation q WHERE q.company_id = r.company_id)
