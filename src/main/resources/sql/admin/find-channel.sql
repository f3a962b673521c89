-- A subscription's channel about to be replaced: its type, and the subscriber (whose code is a
-- Kafka channel's default topic). No row: no such subscription or channel.
SELECT c.kind, sb.code AS subscriber_code
  FROM delivery_channel c
  JOIN subscription su ON su.id = c.subscription_id
  JOIN subscriber sb ON sb.id = su.subscriber_id
 WHERE su.id::text = :#${header.id}
   AND c.public_id::text = :#${header.channelId}
