-- The next fund due and not claimed, claimed for five minutes (other hubs skip it); committed at
-- once, so records stored meanwhile can ask for the fund again without waiting.
UPDATE performance_recalculation r
   SET claimed_until = now() + interval '5 minutes'
  FROM fund f
 WHERE f.id = r.fund_id
   AND r.fund_id = (SELECT fund_id
                      FROM performance_recalculation
                     WHERE not_before <= now() AND (claimed_until IS NULL OR claimed_until < now())
                     ORDER BY not_before
                     LIMIT 1
                       FOR UPDATE SKIP LOCKED)
RETURNING r.fund_id, f.publisher_id, f.currency, r.reason, r.attempts, r.requested_at
