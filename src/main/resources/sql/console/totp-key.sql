-- A user's sealed TOTP key; NULL when it has no second factor.
SELECT totp_key FROM console_user WHERE username = :#username
