-- A password the user chose (must_change = false) or a first password an administrator set (true).
UPDATE console_user SET password_hash = :#passwordHash, must_change_password = :#mustChange,
       failed_sign_ins = 0, locked_until = NULL
 WHERE username = :#username
