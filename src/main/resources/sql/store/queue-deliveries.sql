-- The outbox: one delivery per channel of each subscription whose scope covers the record, written
-- in the same transaction as the record, with the lines it may carry fixed now (investor_codes,
-- R__entitlement.sql: NULL = all), so every attempt and replay sends the same body. A record of
-- investors' own lines goes only to subscriptions that represent one of them — or that had a line
-- in the version it supersedes and were sent an earlier version: they must learn their line is
-- gone. It is '.amended' where it replaces a version the channel was sent, else '.published'.
-- A suspended subscription or subscriber still accrues deliveries (they leave when it is
-- resumed); a pending one is not entitled yet. noticeId: the stored record (a route's header, or a
-- bean's parameter for a record the hub computed).
WITH scoped AS MATERIALIZED (
    -- Once per subscription, whatever its number of channels.
    SELECT n.id AS notice_id, n.publisher_id, n.fund_id, n.record_type, n.notice_reference, n.version,
           su.id AS subscription_id,
           represented_investors(su.id, n.id) AS investors,
           CASE WHEN n.supersedes_id IS NULL THEN '{}' ELSE represented_investors(su.id, n.supersedes_id) END
               AS superseded_investors
      FROM notice n
      JOIN fund f ON f.id = n.fund_id
      JOIN subscription su ON su.publisher_id = n.publisher_id AND su.status IN ('active', 'suspended')
      JOIN subscriber sb ON sb.id = su.subscriber_id AND sb.status IN ('active', 'suspended')
     WHERE n.id = :#noticeId
       AND subscription_covers(su, f.code, n.record_type)
)
INSERT INTO delivery (public_id, notice_id, subscription_id, channel_id, fund_id, event_type, investor_codes,
                      replaces_id)
SELECT gen_random_uuid(), s.notice_id, s.subscription_id, c.id, s.fund_id,
       s.record_type || CASE WHEN sent.id IS NULL THEN '.published' ELSE '.amended' END,
       s.investors, sent.id
  FROM scoped s
  JOIN delivery_channel c ON c.subscription_id = s.subscription_id
  -- The latest earlier version of the record this channel was sent.
  LEFT JOIN LATERAL (SELECT v.id
                       FROM notice v
                      WHERE s.version > 1
                        AND v.publisher_id = s.publisher_id AND v.fund_id = s.fund_id
                        AND v.record_type = s.record_type AND v.notice_reference = s.notice_reference
                        AND v.version < s.version
                        AND EXISTS (SELECT 1 FROM delivery d WHERE d.notice_id = v.id AND d.channel_id = c.id)
                      ORDER BY v.version DESC
                      LIMIT 1) sent ON true
 WHERE sees_lines(s.investors) OR sent.id IS NOT NULL AND sees_lines(s.superseded_investors)
 ORDER BY c.id
