-- Replaces a channel's settings and secret (sealed before it gets here), with an audit event that
-- names the channel, never the secret. Deliveries read their channel when claimed, so pending ones
-- use the new settings at their next attempt. The answer shows a webhook's signing secret, once.
WITH given AS (
    SELECT CAST(:#channel AS jsonb) AS channel
), replaced AS (
    UPDATE delivery_channel c
       SET settings = given.channel -> 'settings',
           secret = given.channel ->> 'sealedSecret'
      FROM given
     WHERE c.subscription_id::text = :#${header.id}
       AND c.public_id::text = :#${header.channelId}
    RETURNING c.public_id, c.kind, c.settings, c.subscription_id
), audited AS (
    INSERT INTO audit_event (stage, actor, detail)
    SELECT 'channel_replaced', :#${exchangeProperty.actor},
           jsonb_build_object('subscription', subscription_id, 'channel', public_id, 'type', kind)
      FROM replaced
)
SELECT (jsonb_build_object('id', r.public_id, 'type', r.kind) || (r.settings - 'auth')
        || CASE WHEN g.channel ->> 'shownSecret' IS NOT NULL
                THEN jsonb_build_object('signingSecret', g.channel ->> 'shownSecret')
                ELSE '{}' END)::text AS document
  FROM replaced r, given g
