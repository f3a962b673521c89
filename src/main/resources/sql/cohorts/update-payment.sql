-- A payment changed; no row when the company has none of that payment id (404).
UPDATE cohort_payment
   SET customer_id = :#customerId, payment_date = CAST(:#paymentDate AS date), cohort_month = CAST(:#cohortMonth AS date),
       amount = CAST(:#amount AS numeric), submission_id = NULL, source_row = NULL, updated_by = :#actor, updated_at = now()
 WHERE company_id = :#company AND payment_id = :#paymentId
RETURNING cohort_payment_document(cohort_payment)::text AS document
