-- The records a submission stored, each with its canonical header and, up to :#lines of them, its
-- lines in source row order, each with the row of the file it was read from (its lineage); the
-- publisher's own submission, or any for staff (no publisher). No row: no such submission.
SELECT COALESCE((SELECT json_agg(jsonb_build_object('id', n.public_id, 'recordType', n.record_type,
                                                    'version', n.version, 'storedAt', n.created_at,
                                                    'lineCount', line_count(n.id, NULL))
                                 || n.canonical::jsonb
                                 || jsonb_build_object('lines',
                                        (SELECT COALESCE(jsonb_agg(jsonb_build_object('sourceRow', l.source_row)
                                                                   || l.doc::jsonb ORDER BY l.source_row), '[]'::jsonb)
                                           FROM (SELECT * FROM canonical_line_rows(n.id, NULL)
                                                  ORDER BY source_row LIMIT CAST(:#lines AS int)) l))
                                 ORDER BY n.id)
                   FROM notice n
                  WHERE n.id = s.notice_id
                     OR n.id IN (SELECT r.notice_id FROM submission_record r WHERE r.submission_id = s.id)),
                '[]'::json)::text AS document
  FROM submission s
  JOIN publisher p ON p.id = s.publisher_id
 WHERE s.public_id = :#${exchangeProperty.submissionPublicId}
   AND (CAST(:#${exchangeProperty.publisherCode} AS text) IS NULL OR p.code = CAST(:#${exchangeProperty.publisherCode} AS text))
