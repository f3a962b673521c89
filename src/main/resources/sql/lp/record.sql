-- One record (any version) the subscriber is entitled to, with the lines it may see (under
-- linesKey) up to the inline limit; no row: no such record for this subscriber (another's answers
-- the same 404). supersededBy names the next version only if the subscriber may see it.
SELECT (jsonb_build_object(
          'id', r.public_id, 'version', r.version, 'amendment', r.version > 1,
          'supersedes', (SELECT s.public_id FROM notice s WHERE s.id = r.supersedes_id),
          'replaces', lp_replaces(r.subscriber_code, r.supersedes_id),
          'supersededBy', (SELECT s.public_id FROM lp_record s
                            WHERE s.subscriber_code = r.subscriber_code AND s.supersedes_id = r.id),
          'storedAt', r.created_at, 'lineCount', counted.line_count)
        || r.canonical::jsonb
        || CASE WHEN counted.line_count <= CAST(:#${properties:pmdc.delivery.max-inline-lines} AS int)
                THEN jsonb_build_object(CAST(:#linesKey AS text), canonical_lines(r.id, r.investors)::jsonb)
                ELSE '{}' END)::text
  FROM lp_record r
       CROSS JOIN LATERAL (SELECT line_count(r.id, r.investors) AS line_count) counted
 WHERE r.subscriber_code = :#subscriber
   AND r.record_type = :#recordType
   AND r.public_id::text = :#id
