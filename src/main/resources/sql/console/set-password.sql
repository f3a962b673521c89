-- A password the user chose (must_change = false) or a first password an administrator set (true);
-- never for a user who signs in through the provider.
UPDATE console_user SET password_hash = :#passwordHash, must_change_password = :#mustChange,
       failed_sign_ins = 0, locked_until = NULL
 WHERE username = :#username AND signs_in_with = 'password'
