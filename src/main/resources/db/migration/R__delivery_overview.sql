-- One delivery as the operators' API shows it (GET /api/v1/deliveries, /deliveries/{id}): whom
-- it is for, on which channel, which record, and how its attempts went.
-- Repeatable migration: edit it in place, Flyway re-applies it when it changes.
CREATE OR REPLACE VIEW delivery_overview AS
SELECT d.id, d.public_id, d.status, sb.code AS subscriber_code,
       jsonb_build_object(
         'id', d.public_id, 'subscriber', sb.code, 'channel', c.kind, 'channelId', c.public_id,
         'eventType', d.event_type, 'recordId', n.public_id, 'fund', f.code,
         -- The investors whose lines it carries ("all" when every line).
         'investors', COALESCE(to_jsonb(d.investor_codes), to_jsonb('all'::text)), 'status', d.status,
         'attempts', d.attempts, 'lastStatusCode', d.last_status_code, 'lastError', d.last_error,
         'createdAt', d.created_at, 'deliveredAt', d.delivered_at, 'replayedAt', d.replayed_at) AS document
  FROM delivery d
  JOIN delivery_channel c ON c.id = d.channel_id
  JOIN subscription su ON su.id = d.subscription_id
  JOIN subscriber sb ON sb.id = su.subscriber_id
  JOIN notice n ON n.id = d.notice_id
  JOIN fund f ON f.id = d.fund_id;
