-- The re-posted notice equals the current version: nothing new to store or deliver.
WITH unchanged AS (
    UPDATE submission
       SET status = 'unchanged',
           notice_id = :#${header.current[id]},
           mapping_id = :#mappingId,
           mapping_version = :#mappingVersion,
           row_count = :#allocationCount,
           warnings = CAST(:#warnings AS jsonb),
           completed_at = now(),
           claimed_until = NULL
     WHERE id = :#submissionId
     RETURNING id, notice_id
)
INSERT INTO audit_event (stage, actor, submission_id, notice_id, detail)
SELECT 'unchanged', 'hub', id, notice_id,
       jsonb_build_object('noticeReference', CAST(:#noticeReference AS text))
  FROM unchanged
