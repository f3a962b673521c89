-- The token signing key (the first one stored wins when hubs start together).
SELECT key_id, private_key FROM signing_key ORDER BY created_at, key_id LIMIT 1
