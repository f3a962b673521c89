-- The next company due, taken by this transaction (other hubs skip it); gone when it commits.
DELETE FROM company_recalculation r
 WHERE (r.publisher_id, r.company_code) = (SELECT publisher_id, company_code
                                             FROM company_recalculation
                                            WHERE not_before <= now()
                                            ORDER BY not_before
                                            LIMIT 1
                                              FOR UPDATE SKIP LOCKED)
RETURNING r.publisher_id, r.company_code, r.reason, r.attempts
