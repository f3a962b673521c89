-- One record (any version) the subscriber is entitled to, with its lines up to the inline limit;
-- no row: no such record for this subscriber (another's answers the same 404).
SELECT (jsonb_build_object(
          'id', r.public_id, 'version', r.version, 'amendment', r.version > 1,
          'supersedes', (SELECT s.public_id FROM notice s WHERE s.id = r.supersedes_id),
          'supersededBy', (SELECT s.public_id FROM notice s WHERE s.supersedes_id = r.id),
          'storedAt', r.created_at, 'lineCount', line_count(r.id))
        || r.canonical::jsonb
        || CASE WHEN line_count(r.id) <= CAST(:#${properties:pmdc.delivery.max-inline-lines} AS int)
                THEN jsonb_build_object(CASE WHEN r.record_type IN ('capital_call', 'distribution')
                                             THEN 'allocations' ELSE 'lines' END,
                                        canonical_lines(r.id)::jsonb)
                ELSE '{}' END)::text
  FROM lp_record r
 WHERE r.subscriber_code = :#subscriber
   AND r.record_type = :#recordType
   AND r.public_id::text = :#id
