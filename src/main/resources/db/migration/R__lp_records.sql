-- What each subscriber may pull (docs/api.md, "LP pull API"): every stored version of a record
-- that one of its active subscriptions covers (publisher, fund, record type), while the
-- subscriber itself is active, and with `investors` the lines it may see (R__entitlement.sql:
-- NULL = all). A record of investors' own lines is listed only when some of them are the
-- subscriber's, or were in the version it supersedes (the LP learns that its line is gone). The
-- pull API reads records only through this view, so a record outside a subscriber's entitlement
-- is not found, whatever the request.
-- Repeatable migration: edit it in place, Flyway re-applies it when it changes.
CREATE OR REPLACE VIEW lp_record AS
SELECT sb.code AS subscriber_code, n.id, n.public_id, n.record_type, n.version, n.notice_date,
       n.supersedes_id, n.superseded_at, n.created_at, n.feed_seq, n.canonical, n.content_sha256,
       f.code AS fund_code, scope.investors
  FROM subscriber sb
  JOIN notice n ON n.feed_seq IS NOT NULL
  JOIN fund f ON f.id = n.fund_id
  CROSS JOIN LATERAL (SELECT subscriber_investors(sb.id, n.id) AS investors) scope
 WHERE sb.status = 'active'
   -- Cheap first: the subscriptions' scopes, before the investor lines are looked at.
   AND EXISTS (SELECT 1
                 FROM subscription su
                WHERE su.subscriber_id = sb.id
                  AND su.publisher_id = n.publisher_id
                  AND su.status = 'active'
                  AND subscription_covers(su, f.code, n.record_type))
   AND (sees_lines(scope.investors) OR sees_lines(subscriber_investors(sb.id, n.supersedes_id)));

-- The version a subscriber saw before this one, which this one replaces: the superseded version,
-- if the subscriber may see it (NULL: this is the first version of the record it sees).
CREATE OR REPLACE FUNCTION lp_replaces(of_subscriber TEXT, of_superseded BIGINT) RETURNS UUID
LANGUAGE sql STABLE AS $$
    SELECT public_id FROM lp_record WHERE subscriber_code = of_subscriber AND id = of_superseded
$$;
