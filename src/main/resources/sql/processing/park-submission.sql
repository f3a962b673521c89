-- The translation service is unavailable and the layout has no local mapping to fall back on:
-- the submission waits, its claim released, until resume-parked-submissions takes it up again.
WITH parked AS (
    UPDATE submission
       SET status = 'awaiting_translation',
           last_error = :#${exchangeProperty.parkedBecause},
           claimed_until = NULL
     WHERE id = :#${exchangeProperty.claimedId}
     RETURNING id
)
INSERT INTO audit_event (stage, actor, submission_id, detail)
SELECT 'awaiting_translation', 'hub', id, jsonb_build_object('reason', CAST(:#${exchangeProperty.parkedBecause} AS text))
  FROM parked
