-- The status document of one submission, as GET /api/v1/submissions/{id} returns it.
SELECT json_build_object(
           'id', s.public_id,
           'publisher', p.code,
           'status', s.status,
           'channel', s.channel,
           'contentType', s.content_type,
           'fileName', s.file_name,
           'sha256', s.sha256,
           'mapping', CASE WHEN s.mapping_id IS NOT NULL
                           THEN json_build_object('id', s.mapping_id, 'version', s.mapping_version) END,
           'receivedAt', s.received_at,
           'completedAt', s.completed_at,
           'rowCount', s.row_count,
           'errorCount', s.error_count,
           'errors', s.errors,
           -- The investors this submission introduced (not registered before) are warnings too.
           'warnings', (SELECT COALESCE(s.warnings || introduced, s.warnings, introduced)
                          FROM (SELECT jsonb_agg(jsonb_build_object(
                                           'field', 'investorId', 'value', i.code,
                                           'message', 'a new investor of this publisher, not in its register '
                                               || '(GET /api/v1/investors; register it with POST /api/v1/investors)')
                                       ORDER BY i.code) AS introduced
                                  FROM investor i WHERE i.introduced_by = s.id) new_investors),
           'attempts', s.attempts,
           'lastError', s.last_error,
           -- How far processing has come, while it runs and once it has run a second; not looked up
           -- otherwise (the 202 receipt of every notice reads this document).
           'progress', CASE WHEN s.status = 'processing' THEN (SELECT json_build_object(
                                   'stage', e.stage,
                                   'bytesRead', e.bytes_read,
                                   'bytesTotal', e.bytes_total,
                                   'rowsRead', e.rows_read,
                                   'rowsTotal', e.rows_total,
                                   'rowsTotalEstimated', e.rows_total_estimated,
                                   'startedAt', e.started_at,
                                   'readAt', e.read_at,
                                   'updatedAt', e.updated_at,
                                   'readingSecondsLeft', e.reading_seconds_left,
                                   'secondsLeft', e.seconds_left,
                                   'secondsLeftReason', e.seconds_left_reason)
                          FROM submission_progress_estimate e
                         WHERE e.submission_id = s.id) END,
           'notice', (SELECT json_build_object(
                                 'id', n.public_id,
                                 'recordType', n.record_type,
                                 'fund', f.code,
                                 'noticeReference', n.notice_reference,
                                 'version', n.version,
                                 'amendment', n.version > 1,
                                 'current', n.superseded_at IS NULL,
                                 'currency', n.currency,
                                 'totalAmount', n.canonical -> 'totals' ->> 'amount')
                        FROM notice n JOIN fund f ON f.id = n.fund_id
                       WHERE n.id = s.notice_id),
           -- A many-record file (a ledger): each record's outcome, in file order; null otherwise.
           'records', (SELECT json_agg(json_build_object(
                                  'record', r.record_no,
                                  'fund', r.fund_code,
                                  'reference', r.reference,
                                  'status', CASE WHEN r.status = 'stored' AND n.version > 1 THEN 'amended'
                                                 ELSE r.status END,
                                  'noticeId', n.public_id,
                                  'version', n.version,
                                  'rowCount', r.row_count,
                                  'errorCount', r.error_count,
                                  'errors', r.errors,
                                  'warnings', r.warnings) ORDER BY r.record_no)
                         FROM submission_record r LEFT JOIN notice n ON n.id = r.notice_id
                        WHERE r.submission_id = s.id),
           'deliveries', COALESCE((SELECT json_agg(json_build_object(
                                              'id', d.public_id,
                                              'subscriber', sb.code,
                                              'channel', c.kind,
                                              'eventType', d.event_type,
                                              'recordId', (SELECT n.public_id FROM notice n WHERE n.id = d.notice_id),
                                              -- the investors whose lines it carries ("all" when every line)
                                              'investors', COALESCE(to_jsonb(d.investor_codes), to_jsonb('all'::text)),
                                              'status', d.status,
                                              'attempts', d.attempts,
                                              'lastStatusCode', d.last_status_code,
                                              'lastError', d.last_error,
                                              'deliveredAt', d.delivered_at) ORDER BY d.id)
                                     -- its records' deliveries, by the index on their notice (an OR
                                     -- of the two read every delivery the hub ever made)
                                     FROM (SELECT s.notice_id AS notice_id
                                           UNION
                                           SELECT r.notice_id FROM submission_record r WHERE r.submission_id = s.id) mine
                                     JOIN delivery d ON d.notice_id = mine.notice_id
                                     JOIN delivery_channel c ON c.id = d.channel_id
                                     JOIN subscription su ON su.id = d.subscription_id
                                     JOIN subscriber sb ON sb.id = su.subscriber_id), '[]'::json)
       )::text AS document
  FROM submission s
  JOIN publisher p ON p.id = s.publisher_id
 WHERE s.public_id = :#${exchangeProperty.submissionPublicId}
   -- the publisher's own; staff (no publisher) see any
   AND (CAST(:#${exchangeProperty.publisherCode} AS text) IS NULL OR p.code = CAST(:#${exchangeProperty.publisherCode} AS text))
