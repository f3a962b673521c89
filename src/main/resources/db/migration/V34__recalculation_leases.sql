-- A recalculation request is claimed under a lease instead of being deleted by the computing
-- transaction: that transaction held the request's row lock while it computed, so every record
-- stored for the same fund (whose transaction asks for the fund again) waited for the whole
-- computation. Now the claim commits at once; the computation removes the request when it commits,
-- unless it was asked for again meanwhile (requested_at changed), and then frees it for the next run.
ALTER TABLE performance_recalculation ADD COLUMN claimed_until TIMESTAMPTZ;
ALTER TABLE company_recalculation ADD COLUMN claimed_until TIMESTAMPTZ;
ALTER TABLE cohort_recalculation ADD COLUMN claimed_until TIMESTAMPTZ;
