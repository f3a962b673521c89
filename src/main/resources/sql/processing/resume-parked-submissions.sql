-- The translation service takes calls again: parked submissions are processed afresh (waiting
-- was not a failed attempt, so their attempts start again).
WITH resumed AS (
    UPDATE submission
       SET status = 'received', attempts = 0
     WHERE status = 'awaiting_translation'
     RETURNING id
)
INSERT INTO audit_event (stage, actor, submission_id, detail)
SELECT 'resumed', 'hub', id, '{}'::jsonb FROM resumed
