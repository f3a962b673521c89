-- A recalculation that failed is tried again later (and the error kept for operators), without
-- holding up the companies after it.
INSERT INTO company_recalculation (publisher_id, company_code, reason, attempts, not_before, last_error)
VALUES (:#publisherId, :#companyCode, :#reason, :#attempts, now() + CAST(:#delay AS interval), :#error)
ON CONFLICT (publisher_id, company_code) DO UPDATE
   SET attempts = EXCLUDED.attempts, not_before = EXCLUDED.not_before, last_error = EXCLUDED.last_error,
       claimed_until = NULL
