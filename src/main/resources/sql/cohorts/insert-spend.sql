-- A new spend; no row when the company has one for that cohort month already (409).
INSERT INTO cohort_spend (company_id, cohort_month, spend, updated_by)
VALUES (:#company, CAST(:#cohortMonth AS date), CAST(:#spend AS numeric), :#actor)
    ON CONFLICT (company_id, cohort_month) DO NOTHING
RETURNING cohort_spend_document(cohort_spend)::text AS document
