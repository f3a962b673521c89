-- Marks a submission rejected with its row errors; its raw input stays for audit.
WITH rejected AS (
    UPDATE submission
       SET status = 'rejected',
           mapping_id = COALESCE(CAST(:#mappingId AS text), mapping_id),
           mapping_version = CAST(:#mappingVersion AS int),
           row_count = :#rowCount,
           error_count = :#errorCount,
           errors = CAST(:#errors AS jsonb),
           warnings = CAST(:#warnings AS jsonb),
           completed_at = now(),
           claimed_until = NULL
     WHERE id = :#submissionId
     RETURNING id
)
INSERT INTO audit_event (stage, actor, submission_id, detail)
SELECT 'rejected', 'hub', id,
       jsonb_build_object('errorCount', CAST(:#errorCount AS int),
                          'firstError', CAST(:#firstError AS text),
                          'mapping', CAST(:#mappingId AS text))
  FROM rejected
