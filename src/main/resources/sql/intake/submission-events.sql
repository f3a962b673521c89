-- The audit trail of one submission, end to end: its own steps, then those of the notice it
-- stored and of that notice's deliveries.
SELECT COALESCE((SELECT json_agg(json_build_object(
                            'at', a.occurred_at,
                            'stage', a.stage,
                            'actor', a.actor,
                            'delivery', d.public_id,
                            'detail', a.detail) ORDER BY a.id)
                   FROM audit_event a
                   LEFT JOIN delivery d ON d.id = a.delivery_id
                  WHERE a.submission_id = s.id
                     OR a.notice_id IN (SELECT n.id FROM notice n WHERE n.submission_id = s.id)),
                '[]'::json)::text AS document
  FROM submission s
  JOIN publisher p ON p.id = s.publisher_id
 WHERE s.public_id = :#${exchangeProperty.submissionPublicId}
   -- the publisher's own submissions; an auditor (no publisher) sees any
   AND (CAST(:#${exchangeProperty.publisherCode} AS text) IS NULL OR p.code = CAST(:#${exchangeProperty.publisherCode} AS text))
