-- The console's optional second factor: a user's TOTP key (RFC 6238), sealed like every stored
-- secret (security/SecretBox), and the last time step accepted, so no code is accepted twice.
ALTER TABLE console_user
    ADD COLUMN totp_key TEXT,
    ADD COLUMN totp_last_step BIGINT;
