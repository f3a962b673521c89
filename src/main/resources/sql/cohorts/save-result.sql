-- A company's cohort figures as just computed, replacing those kept.
INSERT INTO cohort_result (company_id, cashflows, cohort_table)
VALUES (:#companyId, :#cashflows, :#cohortTable)
ON CONFLICT (company_id) DO UPDATE
   SET cashflows = EXCLUDED.cashflows, cohort_table = EXCLUDED.cohort_table, computed_at = now()
