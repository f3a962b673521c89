INSERT INTO signing_key (key_id, private_key, public_key) VALUES (:#keyId, :#privateKey, :#publicKey)
