-- Disable or enable a user; enabling also lifts a lock-out.
UPDATE console_user SET status = :#status, failed_sign_ins = 0, locked_until = NULL WHERE username = :#username
