-- Approves a publisher or subscriber: it becomes active and, the first time, gets its API client
-- with a secret, shown in the answer this once (no client with an external provider: the admin
-- registers the provider's client id). Audited. No row: no such participant.
WITH publisher_approved AS (
    UPDATE publisher SET status = 'active' WHERE :#role = 'publisher' AND code = :#participant
    RETURNING id, code
), subscriber_approved AS (
    UPDATE subscriber SET status = 'active' WHERE :#role = 'subscriber' AND code = :#participant
    RETURNING id, code
), approved AS (
    SELECT id AS publisher_id, CAST(NULL AS bigint) AS subscriber_id, code FROM publisher_approved
    UNION ALL
    SELECT NULL, id, code FROM subscriber_approved
), existing AS (
    SELECT c.client_id FROM api_client c JOIN approved a
        ON c.publisher_id = a.publisher_id OR c.subscriber_id = a.subscriber_id
     ORDER BY c.id LIMIT 1
), client AS (
    INSERT INTO api_client (client_id, role, publisher_id, subscriber_id, name)
    SELECT :#clientId, :#role, publisher_id, subscriber_id, code FROM approved
     WHERE NOT EXISTS (SELECT 1 FROM existing) AND CAST(:#clientId AS text) IS NOT NULL
    RETURNING id, client_id
), secret AS (
    INSERT INTO api_client_secret (client_id, secret_hash)
    SELECT id, CAST(:#secretHash AS text) FROM client WHERE CAST(:#secretHash AS text) IS NOT NULL
), audited AS (
    INSERT INTO audit_event (stage, actor, detail)
    SELECT 'approved', :#${exchangeProperty.actor}, jsonb_build_object('role', CAST(:#role AS text), 'participant', code)
      FROM approved
)
SELECT (jsonb_build_object('participant', a.code, 'role', CAST(:#role AS text), 'status', 'active',
                           'clientId', COALESCE((SELECT client_id FROM client), (SELECT client_id FROM existing)))
        || CASE WHEN EXISTS (SELECT 1 FROM client) AND CAST(:#secret AS text) IS NOT NULL
                THEN jsonb_build_object('clientSecret', CAST(:#secret AS text)) ELSE '{}' END)::text AS document
  FROM approved a
