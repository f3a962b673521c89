-- A recalculation that failed is tried again later (and the error kept for operators), without
-- holding up the companies after it.
INSERT INTO cohort_recalculation (company_id, reason, attempts, not_before, last_error)
VALUES (:#companyId, :#reason, :#attempts, now() + CAST(:#delay AS interval), :#error)
ON CONFLICT (company_id) DO UPDATE
   SET attempts = EXCLUDED.attempts, not_before = EXCLUDED.not_before, last_error = EXCLUDED.last_error,
       claimed_until = NULL
