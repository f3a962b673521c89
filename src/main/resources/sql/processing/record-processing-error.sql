-- The unexpected failure of a processing attempt, kept for the status document and audit.
WITH failed AS (
    UPDATE submission
       SET last_error = CAST(:#${exception.message} AS text)
     WHERE public_id = :#${exchangeProperty.pmdcSubmissionId}
     RETURNING id, attempts
)
INSERT INTO audit_event (stage, actor, submission_id, detail)
SELECT 'processing_failed', 'hub', id,
       jsonb_build_object('attempt', attempts, 'error', CAST(:#${exception.message} AS text))
  FROM failed
