-- A threshold changed; no row when the company has none for that period number (404).
UPDATE cohort_threshold
   SET minimum_payment_percent = CAST(:#minimumPaymentPercent AS numeric), submission_id = NULL, source_row = NULL,
       updated_by = :#actor, updated_at = now()
 WHERE company_id = :#company AND payment_period_month = :#period
RETURNING cohort_threshold_document(cohort_threshold)::text AS document
