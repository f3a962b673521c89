-- The outbox: one delivery per active subscription whose scope covers the notice, written in
-- the same transaction as the notice.
INSERT INTO delivery (public_id, notice_id, subscription_id, event_type)
SELECT gen_random_uuid(), n.id, su.id,
       n.record_type || CASE WHEN n.version > 1 THEN '.amended' ELSE '.published' END
  FROM notice n
  JOIN fund f ON f.id = n.fund_id
  JOIN subscription su ON su.publisher_id = n.publisher_id AND su.status = 'active'
  JOIN subscriber sb ON sb.id = su.subscriber_id AND sb.status = 'active'
 WHERE n.id = :#${header.noticeId}
   AND (cardinality(su.fund_codes) = 0 OR f.code = ANY (su.fund_codes))
   AND (cardinality(su.record_types) = 0 OR n.record_type = ANY (su.record_types))
