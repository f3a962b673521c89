-- Submissions whose attempts are used up and whose last lease has ended become 'failed'; what
-- their last attempt staged is removed (a rerun stages afresh).
WITH failed AS (
    UPDATE submission
       SET status = 'failed', completed_at = now(), claimed_until = NULL
     WHERE status = 'processing'
       AND claimed_until < now()
       AND attempts >= CAST(:#${properties:pmdc.processing.max-attempts} AS int)
     RETURNING id, attempts, last_error
), staged_allocations AS (
    DELETE FROM staged_allocation a USING failed WHERE a.submission_id = failed.id
), staged_lines AS (
    DELETE FROM staged_line l USING failed WHERE l.submission_id = failed.id
)
INSERT INTO audit_event (stage, actor, submission_id, detail)
SELECT 'failed', 'hub', id, jsonb_build_object('attempts', attempts, 'lastError', last_error)
  FROM failed
