-- The next fund due, taken by this transaction (other hubs skip it); gone when it commits.
DELETE FROM performance_recalculation r
 USING fund f
 WHERE f.id = r.fund_id
   AND r.fund_id = (SELECT fund_id
                      FROM performance_recalculation
                     WHERE not_before <= now()
                     ORDER BY not_before
                     LIMIT 1
                       FOR UPDATE SKIP LOCKED)
RETURNING r.fund_id, f.publisher_id, f.currency, r.reason, r.attempts
