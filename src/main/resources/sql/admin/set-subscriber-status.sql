-- Suspends, resumes or activates a subscriber (all its subscriptions), with an audit event.
-- No row: no such subscriber.
WITH before AS (
    SELECT id, code, status FROM subscriber WHERE code = :#${header.code} FOR UPDATE
), changed AS (
    UPDATE subscriber sb SET status = :#status FROM before WHERE sb.id = before.id
    RETURNING sb.code, before.status AS previous_status, sb.status
), audited AS (
    INSERT INTO audit_event (stage, actor, detail)
    SELECT 'subscriber_' || status, :#${exchangeProperty.actor},
           jsonb_build_object('subscriber', code, 'previousStatus', previous_status)
      FROM changed
)
SELECT json_build_object('code', code, 'status', status, 'previousStatus', previous_status)::text AS document
  FROM changed
