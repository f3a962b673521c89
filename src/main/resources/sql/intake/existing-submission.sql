-- The earlier submission a re-post repeats: the one with the same Idempotency-Key if there is
-- one (so a key reused for other content is caught), else the one with the same sha256.
SELECT id, public_id, sha256
  FROM submission
 WHERE publisher_id = :#publisherId
   AND (sha256 = :#sha256 OR idempotency_key = CAST(:#idempotencyKey AS text))
 ORDER BY (idempotency_key IS NOT DISTINCT FROM CAST(:#idempotencyKey AS text)) DESC, id
 LIMIT 1
