-- In the transaction that saved the fund's figures: its request is done, unless the fund was asked
-- for again while they were computed; then the request is freed for the next run.
WITH done AS (
    DELETE FROM performance_recalculation WHERE fund_id = :fundId AND requested_at = :requestedAt RETURNING 1
)
UPDATE performance_recalculation SET claimed_until = NULL
 WHERE fund_id = :fundId AND NOT EXISTS (SELECT 1 FROM done)
