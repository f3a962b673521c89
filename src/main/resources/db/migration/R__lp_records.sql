-- What each subscriber may pull (docs/api.md, "LP pull API"): every stored version of a record
-- that one of its active subscriptions covers (publisher, fund, record type), while the
-- subscriber itself is active. The pull API reads records only through this view, so a record
-- outside a subscriber's entitlement is not found, whatever the request.
-- Repeatable migration: edit it in place, Flyway re-applies it when it changes.
CREATE OR REPLACE VIEW lp_record AS
SELECT sb.code AS subscriber_code, n.id, n.public_id, n.record_type, n.version, n.notice_date,
       n.supersedes_id, n.superseded_at, n.created_at, n.feed_seq, n.canonical, n.content_sha256,
       f.code AS fund_code
  FROM subscriber sb
  JOIN notice n ON n.feed_seq IS NOT NULL
  JOIN fund f ON f.id = n.fund_id
 WHERE sb.status = 'active'
   AND EXISTS (SELECT 1
                 FROM subscription su
                WHERE su.subscriber_id = sb.id
                  AND su.publisher_id = n.publisher_id
                  AND su.status = 'active'
                  AND (cardinality(su.fund_codes) = 0 OR f.code = ANY (su.fund_codes))
                  AND (cardinality(su.record_types) = 0 OR n.record_type = ANY (su.record_types)));
