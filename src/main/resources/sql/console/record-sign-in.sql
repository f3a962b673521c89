UPDATE console_user SET failed_sign_ins = 0, locked_until = NULL, last_sign_in_at = now() WHERE username = :#username
