-- In the transaction that saved the company's figures: its request is done, unless it was asked for
-- again while they were computed; then the request is freed for the next run.
WITH done AS (
    DELETE FROM company_recalculation
     WHERE publisher_id = :publisherId AND company_code = :companyCode AND requested_at = :requestedAt
    RETURNING 1
)
UPDATE company_recalculation SET claimed_until = NULL
 WHERE publisher_id = :publisherId AND company_code = :companyCode AND NOT EXISTS (SELECT 1 FROM done)
