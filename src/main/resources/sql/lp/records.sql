-- One page of the current records of one type the subscriber is entitled to, in the order they
-- were committed (feed_seq): a page boundary never moves, so records stored while an LP pages
-- come after it and none is skipped or repeated. Lines are left out; lineCount says how many the
-- subscriber may see.
WITH page AS (
    SELECT r.*
      FROM lp_record r
     WHERE r.subscriber_code = :#subscriber
       AND r.record_type = :#recordType
       AND r.superseded_at IS NULL
       AND r.feed_seq > CAST(:#after AS bigint)
       AND (CAST(:#fund AS text) IS NULL OR r.fund_code = CAST(:#fund AS text))
       AND (CAST(:#from AS date) IS NULL OR r.notice_date >= CAST(:#from AS date))
       AND (CAST(:#to AS date) IS NULL OR r.notice_date <= CAST(:#to AS date))
       AND (CAST(:#updatedSince AS timestamptz) IS NULL OR r.created_at >= CAST(:#updatedSince AS timestamptz))
     ORDER BY r.feed_seq
     LIMIT CAST(:#limit AS int)
)
SELECT json_build_object(
         'items', COALESCE(json_agg(jsonb_build_object(
                    'id', p.public_id, 'version', p.version, 'amendment', p.version > 1,
                    'supersedes', (SELECT s.public_id FROM notice s WHERE s.id = p.supersedes_id),
                    'replaces', lp_replaces(p.subscriber_code, p.supersedes_id),
                    'storedAt', p.created_at, 'lineCount', line_count(p.id, p.investors)) || p.canonical::jsonb
                    ORDER BY p.feed_seq), '[]'::json),
         'nextCursor', CASE WHEN count(*) = CAST(:#limit AS int) THEN CAST(max(p.feed_seq) AS text) END)::text
  FROM page p
