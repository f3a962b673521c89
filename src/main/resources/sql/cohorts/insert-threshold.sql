-- A new threshold; no row when the company has one for that period number already (409).
INSERT INTO cohort_threshold (company_id, payment_period_month, minimum_payment_percent, updated_by)
VALUES (:#company, :#period, CAST(:#minimumPaymentPercent AS numeric), :#actor)
    ON CONFLICT (company_id, payment_period_month) DO NOTHING
RETURNING cohort_threshold_document(cohort_threshold)::text AS document
