-- The next company due and not claimed, claimed for five minutes (other hubs skip it); committed at
-- once, so inputs stored meanwhile can ask for it again without waiting.
UPDATE cohort_recalculation r
   SET claimed_until = now() + interval '5 minutes'
  FROM company c
 WHERE r.company_id = (SELECT company_id FROM cohort_recalculation
                        WHERE not_before <= now() AND (claimed_until IS NULL OR claimed_until < now())
                        ORDER BY not_before LIMIT 1 FOR UPDATE SKIP LOCKED)
   AND c.id = r.company_id
RETURNING r.company_id, c.public_id, r.reason, r.attempts, r.requested_at
