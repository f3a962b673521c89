-- The re-posted notice equals the current version: nothing new to store or deliver. Completes the
-- submission - or, for a record of a many-record file, records its outcome (once: a resumed
-- submission keeps the first, so a record stored before a crash stays 'stored').
WITH submission_unchanged AS (
    UPDATE submission
       SET status = 'unchanged',
           notice_id = :#${header.current[id]},
           mapping_id = :#mappingId,
           mapping_version = :#mappingVersion,
           row_count = :#allocationCount,
           warnings = CAST(:#warnings AS jsonb),
           completed_at = now(),
           claimed_until = NULL
     WHERE id = :#submissionId AND NOT COALESCE(CAST(:#${exchangeProperty.grouped} AS boolean), false)
     RETURNING id, notice_id
), record_unchanged AS (
    INSERT INTO submission_record (submission_id, record_no, fund_code, reference, status, notice_id, row_count,
                                   warnings)
    SELECT :#submissionId, :#recordNo, :#fundCode, :#noticeReference, 'unchanged', :#${header.current[id]},
           :#allocationCount, CAST(:#warnings AS jsonb)
     WHERE COALESCE(CAST(:#${exchangeProperty.grouped} AS boolean), false)
    ON CONFLICT (submission_id, record_no) DO NOTHING
    RETURNING submission_id AS id, notice_id
)
INSERT INTO audit_event (stage, actor, submission_id, notice_id, detail)
SELECT 'unchanged', 'hub', id, notice_id,
       jsonb_build_object('noticeReference', CAST(:#noticeReference AS text))
  FROM (SELECT id, notice_id FROM submission_unchanged
        UNION ALL
        SELECT id, notice_id FROM record_unchanged) unchanged
