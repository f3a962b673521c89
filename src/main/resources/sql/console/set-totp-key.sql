-- Sets (a sealed key) or removes (NULL) a user's second factor; the accepted steps start afresh.
UPDATE console_user SET totp_key = :#key, totp_last_step = NULL WHERE username = :#username
