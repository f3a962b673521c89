-- The next company due, taken by this transaction (other hubs skip it); gone when it commits.
DELETE FROM cohort_recalculation r
 USING company c
 WHERE r.company_id = (SELECT company_id FROM cohort_recalculation WHERE not_before <= now()
                        ORDER BY not_before LIMIT 1 FOR UPDATE SKIP LOCKED)
   AND c.id = r.company_id
RETURNING r.company_id, c.public_id, r.reason, r.attempts
