-- The next company due and not claimed, claimed for five minutes (other hubs skip it); committed at
-- once, so records stored meanwhile can ask for it again without waiting.
UPDATE company_recalculation r
   SET claimed_until = now() + interval '5 minutes'
 WHERE (r.publisher_id, r.company_code) = (SELECT publisher_id, company_code
                                             FROM company_recalculation
                                            WHERE not_before <= now() AND (claimed_until IS NULL OR claimed_until < now())
                                            ORDER BY not_before
                                            LIMIT 1
                                              FOR UPDATE SKIP LOCKED)
RETURNING r.publisher_id, r.company_code, r.reason, r.attempts, r.requested_at
