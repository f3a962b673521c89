-- Revokes a client (its tokens stop working at their next call) or restores it. Audited.
WITH changed AS (
    UPDATE api_client SET status = :#status WHERE client_id = :#${header.clientId}
    RETURNING client_id, status
), audited AS (
    INSERT INTO audit_event (stage, actor, detail)
    SELECT 'client_' || status, :#${exchangeProperty.actor}, jsonb_build_object('clientId', client_id) FROM changed
)
SELECT json_build_object('clientId', client_id, 'status', status)::text AS document FROM changed
