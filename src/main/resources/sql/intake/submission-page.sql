-- One page of a publisher's submissions (no publisher: every publisher's, for staff), newest first,
-- after the cursor's position.
SELECT s.id,
       json_build_object('id', s.public_id, 'publisher', p.code, 'status', s.status, 'channel', s.channel,
                         'fileName', s.file_name, 'contentType', s.content_type,
                         'receivedAt', s.received_at, 'completedAt', s.completed_at,
                         'rowCount', s.row_count, 'errorCount', s.error_count)::text AS item
  FROM submission s
  JOIN publisher p ON p.id = s.publisher_id
 WHERE (CAST(:#publisher AS text) IS NULL OR p.code = CAST(:#publisher AS text))
   AND (CAST(:#status AS text) IS NULL OR s.status = CAST(:#status AS text))
   AND (CAST(:#receivedFrom AS timestamptz) IS NULL OR s.received_at >= CAST(:#receivedFrom AS timestamptz))
   AND (CAST(:#receivedBefore AS timestamptz) IS NULL OR s.received_at < CAST(:#receivedBefore AS timestamptz))
   AND (CAST(:#after AS bigint) IS NULL OR s.id < CAST(:#after AS bigint))
 ORDER BY s.id DESC
 LIMIT :#limit
