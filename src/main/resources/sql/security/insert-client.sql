-- Registers an API client (staff, or a participant's client of an external provider) with its
-- secret's hash when the hub issues one (the secret is in the answer, this once). Audited.
-- No row: the participant does not exist.
WITH client AS (
    INSERT INTO api_client (client_id, role, publisher_id, subscriber_id, name)
    SELECT :#clientId, :#role,
           (SELECT id FROM publisher WHERE :#role = 'publisher' AND code = :#participant),
           (SELECT id FROM subscriber WHERE :#role = 'subscriber' AND code = :#participant),
           CAST(:#name AS text)
     WHERE :#role NOT IN ('publisher', 'subscriber')
        OR EXISTS (SELECT 1 FROM publisher WHERE :#role = 'publisher' AND code = :#participant)
        OR EXISTS (SELECT 1 FROM subscriber WHERE :#role = 'subscriber' AND code = :#participant)
    RETURNING id, client_id, role, name, created_at
), secret AS (
    INSERT INTO api_client_secret (client_id, secret_hash)
    SELECT id, CAST(:#secretHash AS text) FROM client WHERE CAST(:#secretHash AS text) IS NOT NULL
), audited AS (
    INSERT INTO audit_event (stage, actor, detail)
    SELECT 'client_registered', :#${exchangeProperty.actor}, jsonb_build_object('clientId', client_id, 'role', role) FROM client
)
SELECT (jsonb_build_object('clientId', client_id, 'role', role, 'participant', CAST(:#participant AS text),
                           'name', name, 'status', 'active', 'createdAt', created_at)
        || CASE WHEN CAST(:#secret AS text) IS NOT NULL
                THEN jsonb_build_object('clientSecret', CAST(:#secret AS text)) ELSE '{}' END)::text AS document,
       '/api/v1/clients/' || client_id AS location
  FROM client
