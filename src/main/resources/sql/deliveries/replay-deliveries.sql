-- Replays deliveries: one (by id), all of a subscriber's queued in a time range, or all dead
-- (optionally one subscriber's). Each goes back to its stream as pending, due now, with a fresh
-- allowance of attempts and age; a pending one is left alone. Every replay is audited.
WITH targets AS (
    SELECT d.id, d.status
      FROM delivery d
      JOIN subscription su ON su.id = d.subscription_id
      JOIN subscriber sb ON sb.id = su.subscriber_id
     WHERE d.status <> 'pending'
       AND (CAST(:#deliveryId AS text) IS NULL OR d.public_id::text = CAST(:#deliveryId AS text))
       AND (CAST(:#subscriber AS text) IS NULL OR sb.code = CAST(:#subscriber AS text))
       AND (CAST(:#status AS text) IS NULL OR d.status = CAST(:#status AS text))
       AND (CAST(:#from AS timestamptz) IS NULL OR d.created_at >= CAST(:#from AS timestamptz))
       AND (CAST(:#to AS timestamptz) IS NULL OR d.created_at < CAST(:#to AS timestamptz))
       FOR UPDATE OF d
), replayed AS (
    UPDATE delivery d
       SET status = 'pending', next_attempt_at = now(), replayed_attempts = d.attempts, replayed_at = now()
      FROM targets t
     WHERE d.id = t.id
    RETURNING d.id, d.notice_id, t.status AS previous_status
), audited AS (
    INSERT INTO audit_event (stage, actor, notice_id, delivery_id, detail)
    SELECT 'replayed', :#${exchangeProperty.actor}, notice_id, id,
           jsonb_build_object('previousStatus', previous_status, 'request', CAST(:#request AS jsonb))
      FROM replayed
)
SELECT count(*) AS replayed FROM replayed
