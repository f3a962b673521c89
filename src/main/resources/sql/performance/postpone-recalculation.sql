-- A fund whose recalculation failed is tried again later (the error kept for operators), without
-- holding up the funds after it.
INSERT INTO performance_recalculation (fund_id, reason, attempts, not_before, last_error)
VALUES (:#fundId, :#reason, :#attempts, now() + CAST(:#delay AS interval), :#error)
ON CONFLICT (fund_id) DO UPDATE
   SET attempts = EXCLUDED.attempts, not_before = EXCLUDED.not_before, last_error = EXCLUDED.last_error,
       claimed_until = NULL
