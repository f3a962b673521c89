-- A new trade; no row when the company has one for that cohort month already (409).
INSERT INTO cohort_trade (company_id, cohort_month, sharing_percentage, cash_cap, updated_by)
VALUES (:#company, CAST(:#cohortMonth AS date), CAST(:#sharingPercentage AS numeric), CAST(:#cashCap AS numeric), :#actor)
    ON CONFLICT (company_id, cohort_month) DO NOTHING
RETURNING cohort_trade_document(cohort_trade)::text AS document
