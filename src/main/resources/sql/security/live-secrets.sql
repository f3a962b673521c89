-- The secrets of an active client that still open it.
SELECT cs.secret_hash
  FROM api_client_secret cs
  JOIN api_client c ON c.id = cs.client_id
 WHERE c.client_id = :#clientId AND c.status = 'active'
   AND (cs.expires_at IS NULL OR cs.expires_at > now())
