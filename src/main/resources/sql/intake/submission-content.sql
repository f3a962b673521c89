-- What is needed to answer a submission's raw bytes: its id, type and file name; the publisher's
-- own submission, or any for staff (no publisher). No row: no such submission.
SELECT s.id, s.content_type, s.file_name
  FROM submission s
  JOIN publisher p ON p.id = s.publisher_id
 WHERE s.public_id = :#${exchangeProperty.submissionPublicId}
   AND (CAST(:#${exchangeProperty.publisherCode} AS text) IS NULL OR p.code = CAST(:#${exchangeProperty.publisherCode} AS text))
