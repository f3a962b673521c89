-- A publisher's investors (all publishers' for staff without ?publisher=): registered ones with
-- their details, and those records introduced without registering them (registeredAt null).
SELECT COALESCE(json_agg(json_build_object('publisher', p.code, 'code', i.code, 'name', i.name,
                                             'legalName', i.legal_name, 'type', i.investor_type, 'lei', i.lei,
                                             'domicile', i.domicile, 'noticeContact', i.notice_contact,
                                             'registeredAt', i.registered_at,
                                             'introducedBy', (SELECT s.public_id FROM submission s WHERE s.id = i.introduced_by))
                          ORDER BY p.code, i.code), '[]'::json)::text
  FROM investor i JOIN publisher p ON p.id = i.publisher_id
 WHERE CAST(:#${exchangeProperty.publisherCode} AS text) IS NULL OR p.code = CAST(:#${exchangeProperty.publisherCode} AS text)
