-- Registers an investor of a publisher: a new one, or one a record introduced before (its details
-- filled in). One row always: whether the publisher exists, and the registered investor's document
-- (null when it was registered already: 409).
WITH p AS (
    SELECT id FROM publisher WHERE code = :#publisher
), registered AS (
    INSERT INTO investor (publisher_id, code, name, legal_name, investor_type, lei, domicile, notice_contact,
                          registered_at)
    SELECT p.id, :#code, :#legalName, :#legalName, CAST(:#type AS text), CAST(:#lei AS text),
           CAST(:#domicile AS text), CAST(:#noticeContact AS text), now()
      FROM p
    ON CONFLICT (publisher_id, code) DO UPDATE
       SET legal_name = EXCLUDED.legal_name, investor_type = EXCLUDED.investor_type, lei = EXCLUDED.lei,
           domicile = EXCLUDED.domicile, notice_contact = EXCLUDED.notice_contact, registered_at = now()
     WHERE investor.registered_at IS NULL
    RETURNING json_build_object('publisher', CAST(:#publisher AS text), 'code', code, 'name', name,
                                 'legalName', legal_name, 'type', investor_type, 'lei', lei, 'domicile', domicile,
                                 'noticeContact', notice_contact, 'registeredAt', registered_at)::text AS document
)
SELECT EXISTS (SELECT 1 FROM p) AS publisher_exists,
       (SELECT document FROM registered) AS document,
       '/api/v1/investors?publisher=' || CAST(:#publisher AS text) AS location
