-- A publisher's investors (all publishers' for staff without ?publisher=): registered ones with
-- their details, and those records introduced without registering them (registeredAt null), in
-- the order they entered the register; a page ends with the cursor of the next.
WITH page AS (
    SELECT i.id, json_build_object('publisher', p.code, 'code', i.code, 'name', i.name,
                                   'legalName', i.legal_name, 'type', i.investor_type, 'lei', i.lei,
                                   'domicile', i.domicile, 'noticeContact', i.notice_contact,
                                   'registeredAt', i.registered_at,
                                   'introducedBy', (SELECT s.public_id FROM submission s WHERE s.id = i.introduced_by)) AS document
      FROM investor i JOIN publisher p ON p.id = i.publisher_id
     WHERE (CAST(:#publisher AS text) IS NULL OR p.code = CAST(:#publisher AS text))
       AND (CAST(:#after AS bigint) IS NULL OR i.id > CAST(:#after AS bigint))
     ORDER BY i.id
     LIMIT CAST(:#limit AS int)
)
SELECT json_build_object(
         'items', COALESCE(json_agg(p.document ORDER BY p.id), '[]'::json),
         'nextCursor', CASE WHEN count(*) = CAST(:#limit AS int) THEN CAST(max(p.id) AS text) END)::text
  FROM page p
