-- In the transaction that saved the company's cohort figures: its request is done, unless its inputs
-- changed again while they were computed; then the request is freed for the next run.
WITH done AS (
    DELETE FROM cohort_recalculation WHERE company_id = :companyId AND requested_at = :requestedAt RETURNING 1
)
UPDATE cohort_recalculation SET claimed_until = NULL
 WHERE company_id = :companyId AND NOT EXISTS (SELECT 1 FROM done)
