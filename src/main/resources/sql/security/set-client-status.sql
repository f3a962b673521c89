-- Revokes a client (its tokens stop working at their next call, and stay refused after a
-- re-activation: a new token generation) or restores it. Audited.
WITH changed AS (
    UPDATE api_client
       SET status = :#status,
           token_generation = token_generation + CASE WHEN :#status = 'revoked' AND status = 'active' THEN 1 ELSE 0 END
     WHERE client_id = :#${header.clientId}
    RETURNING client_id, status
), audited AS (
    INSERT INTO audit_event (stage, actor, detail)
    SELECT 'client_' || status, :#${exchangeProperty.actor}, jsonb_build_object('clientId', client_id) FROM changed
)
SELECT json_build_object('clientId', client_id, 'status', status)::text AS document FROM changed
