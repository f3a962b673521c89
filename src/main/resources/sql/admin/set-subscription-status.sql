-- Suspends, resumes or activates a subscription, with an audit event. Deliveries queued while it
-- was suspended leave once it is active again. No row: no such subscription.
WITH before AS (
    SELECT id, status FROM subscription WHERE id::text = :#${header.id} FOR UPDATE
), changed AS (
    UPDATE subscription su SET status = :#status FROM before WHERE su.id = before.id
    RETURNING su.id, before.status AS previous_status, su.status
), audited AS (
    INSERT INTO audit_event (stage, actor, detail)
    SELECT 'subscription_' || status, :#${exchangeProperty.actor},
           jsonb_build_object('subscription', id, 'previousStatus', previous_status)
      FROM changed
)
SELECT json_build_object('id', id, 'status', status, 'previousStatus', previous_status)::text AS document
  FROM changed
