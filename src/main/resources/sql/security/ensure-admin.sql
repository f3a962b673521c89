-- The administrator client with the configured secret (none when an external provider holds it);
-- its other secrets stop working now.
WITH client AS (
    INSERT INTO api_client (client_id, role, name) VALUES (:#clientId, 'admin', 'Administrator')
    ON CONFLICT (client_id) DO UPDATE SET status = 'active'
    RETURNING id
), expired AS (
    UPDATE api_client_secret SET expires_at = now()
     WHERE client_id = (SELECT id FROM client) AND (expires_at IS NULL OR expires_at > now())
)
INSERT INTO api_client_secret (client_id, secret_hash)
SELECT id, CAST(:#secretHash AS text) FROM client WHERE CAST(:#secretHash AS text) IS NOT NULL
