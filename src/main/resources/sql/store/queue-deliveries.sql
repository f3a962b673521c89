-- The outbox: one delivery per channel of each subscription whose scope covers the record,
-- written in the same transaction as the record. A suspended subscription or subscriber still
-- accrues deliveries (they leave when it is resumed); a pending one is not entitled yet.
INSERT INTO delivery (public_id, notice_id, subscription_id, channel_id, fund_id, event_type)
SELECT gen_random_uuid(), n.id, su.id, c.id, n.fund_id,
       n.record_type || CASE WHEN n.version > 1 THEN '.amended' ELSE '.published' END
  FROM notice n
  JOIN fund f ON f.id = n.fund_id
  JOIN subscription su ON su.publisher_id = n.publisher_id AND su.status IN ('active', 'suspended')
  JOIN subscriber sb ON sb.id = su.subscriber_id AND sb.status IN ('active', 'suspended')
  JOIN delivery_channel c ON c.subscription_id = su.id
 WHERE n.id = :#${header.noticeId}
   AND (cardinality(su.fund_codes) = 0 OR f.code = ANY (su.fund_codes))
   AND (cardinality(su.record_types) = 0 OR n.record_type = ANY (su.record_types))
 ORDER BY c.id
