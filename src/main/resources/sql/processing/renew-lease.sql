-- Extends the claim of a submission this instance is still processing.
UPDATE submission
   SET claimed_until = now() + CAST(:#${properties:pmdc.processing.claim-lease-seconds} AS int) * interval '1 second'
 WHERE id = :#${body}
   AND status = 'processing'
