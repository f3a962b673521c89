-- An operator re-runs a quarantined or failed submission: processed afresh from its stored
-- input. Answers the submission as it was (no row: no such submission) and whether it was re-run.
WITH rerun AS (
    UPDATE submission
       SET status = 'received', attempts = 0, last_error = NULL, claimed_until = NULL,
           error_count = 0, errors = '[]', completed_at = NULL
     WHERE public_id = :#${exchangeProperty.submissionPublicId}
       AND status IN ('quarantined', 'failed')
     RETURNING id
), audited AS (
    INSERT INTO audit_event (stage, actor, submission_id, detail)
    SELECT 'rerun', :#${exchangeProperty.actor}, id, '{}'::jsonb FROM rerun
)
SELECT s.id, s.public_id, s.status AS previous_status, EXISTS (SELECT 1 FROM rerun) AS rerun
  FROM submission s
 WHERE s.public_id = :#${exchangeProperty.submissionPublicId}
