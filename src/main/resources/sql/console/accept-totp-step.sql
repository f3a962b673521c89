-- Accepts a code's time step once: only a step later than the last one accepted is (no replay).
UPDATE console_user SET totp_last_step = :#step
 WHERE username = :#username AND (totp_last_step IS NULL OR totp_last_step < :#step)
