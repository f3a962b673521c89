-- Claims one submission for processing under a lease. Returns no row when another worker holds
-- it or it is finished, so each submission is processed by one worker at a time.
UPDATE submission s
   SET status = 'processing',
       attempts = s.attempts + 1,
       claimed_until = now() + CAST(:#${properties:pmdc.processing.claim-lease-seconds} AS int) * interval '1 second'
  FROM publisher p
 WHERE s.id = :#${body}
   AND p.id = s.publisher_id
   AND (s.status = 'received' OR (s.status = 'processing' AND s.claimed_until < now()))
   AND s.attempts < CAST(:#${properties:pmdc.processing.max-attempts} AS int)
RETURNING s.id, s.public_id, s.publisher_id, p.code AS publisher_code, s.content_type, s.file_name, s.mapping_id,
          s.size_bytes,
          CAST(s.request_values AS text) AS request_values
