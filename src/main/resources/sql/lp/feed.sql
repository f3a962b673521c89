-- The subscriber's feed: one entry per stored version of every record it is entitled to, in
-- commit order, so an LP that was away polls from its last cursor and misses nothing. A version
-- is '.amended' when it replaces one the subscriber could see, else '.published' (also for an
-- amendment that is the first version of the record with one of its investors' lines).
WITH page AS (
    SELECT r.*
      FROM lp_record r
     WHERE r.subscriber_code = :#subscriber
       AND r.feed_seq > CAST(:#after AS bigint)
     ORDER BY r.feed_seq
     LIMIT CAST(:#limit AS int)
)
SELECT json_build_object(
         'items', COALESCE(json_agg(json_build_object(
                    'type', p.record_type || CASE WHEN lp_replaces(p.subscriber_code, p.supersedes_id) IS NOT NULL THEN '.amended' ELSE '.published' END,
                    'recordId', p.public_id, 'recordType', p.record_type, 'fund', p.fund_code,
                    'version', p.version, 'storedAt', p.created_at,
                    'href', '/api/v1/lp/' || replace(CAST(:#collections AS jsonb) ->> p.record_type, '"', '')
                            || '/' || p.public_id) ORDER BY p.feed_seq), '[]'::json),
         'nextCursor', COALESCE(CAST(max(p.feed_seq) AS text), CAST(:#cursor AS text)))::text
  FROM page p
