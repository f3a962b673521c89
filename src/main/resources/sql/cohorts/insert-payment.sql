-- A new payment; no row when the company has one of that payment id already (409).
INSERT INTO cohort_payment (company_id, payment_id, customer_id, payment_date, cohort_month, amount, updated_by)
VALUES (:#company, :#paymentId, :#customerId, CAST(:#paymentDate AS date), CAST(:#cohortMonth AS date),
        CAST(:#amount AS numeric), :#actor)
    ON CONFLICT (company_id, payment_id) DO NOTHING
RETURNING cohort_payment_document(cohort_payment)::text AS document
