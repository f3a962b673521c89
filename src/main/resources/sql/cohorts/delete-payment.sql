-- A payment removed; no row when the company has none of that payment id (404).
DELETE FROM cohort_payment WHERE company_id = :#company AND payment_id = :#paymentId
RETURNING payment_id
