-- Completes the submission - or, for a record of a many-record file, records its outcome (once: a
-- resumed submission keeps the first) - and writes its 'stored' audit event (with its warnings),
-- then one 'queued' event per delivery, in that order.
WITH submission_stored AS (
    UPDATE submission
       SET status = 'stored',
           notice_id = :#${header.noticeId},
           mapping_id = :#mappingId,
           mapping_version = :#mappingVersion,
           row_count = :#allocationCount,
           warnings = CAST(:#warnings AS jsonb),
           completed_at = clock_timestamp(),
           claimed_until = NULL
     WHERE id = :#submissionId AND NOT COALESCE(CAST(:#${exchangeProperty.grouped} AS boolean), false)
     RETURNING id, notice_id
), record_stored AS (
    INSERT INTO submission_record (submission_id, record_no, fund_code, reference, status, notice_id, row_count,
                                   warnings)
    SELECT :#submissionId, :#recordNo, :#fundCode, :#noticeReference, 'stored', :#${header.noticeId},
           :#allocationCount, CAST(:#warnings AS jsonb)
     WHERE COALESCE(CAST(:#${exchangeProperty.grouped} AS boolean), false)
    ON CONFLICT (submission_id, record_no) DO NOTHING
    RETURNING submission_id AS id, notice_id
), stored AS (
    SELECT id, notice_id FROM submission_stored
    UNION ALL
    SELECT id, notice_id FROM record_stored
)
INSERT INTO audit_event (stage, actor, submission_id, notice_id, delivery_id, detail)
SELECT stage, 'hub', submission_id, notice_id, delivery_id, detail
  FROM (SELECT 0 AS delivery_order, 'stored' AS stage, s.id AS submission_id, s.notice_id,
               NULL::bigint AS delivery_id,
               jsonb_build_object('recordType', n.record_type,
                                  'noticeReference', n.notice_reference,
                                  'version', n.version,
                                  'allocations', CAST(:#allocationCount AS int),
                                  'translator', n.translator,
                                  'mapping', n.mapping_id,
                                  'mappingVersion', n.mapping_version)
               -- What the record was stored despite (the checks across records' findings among them).
               || CASE WHEN jsonb_array_length(CAST(:#warnings AS jsonb)) > 0
                       THEN jsonb_build_object('warnings', CAST(:#warnings AS jsonb)) ELSE '{}'::jsonb END AS detail
          FROM stored s JOIN notice n ON n.id = s.notice_id
        UNION ALL
        SELECT d.id, 'queued', s.id, s.notice_id, d.id,
               jsonb_build_object('subscriber', sb.code, 'channel', c.kind, 'eventType', d.event_type)
          FROM stored s
          JOIN delivery d ON d.notice_id = s.notice_id
          JOIN delivery_channel c ON c.id = d.channel_id
          JOIN subscription su ON su.id = d.subscription_id
          JOIN subscriber sb ON sb.id = su.subscriber_id) AS events
 ORDER BY delivery_order
