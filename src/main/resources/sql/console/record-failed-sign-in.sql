-- One more failed password in a row; at the limit the user is locked for a while and the count restarts.
-- A provider's user has no password here: guesses at one must not lock it out of its provider's sign-in.
UPDATE console_user
   SET failed_sign_ins = CASE WHEN failed_sign_ins + 1 >= :#limit THEN 0 ELSE failed_sign_ins + 1 END,
       locked_until = CASE WHEN failed_sign_ins + 1 >= :#limit
                           THEN now() + make_interval(secs => :#lockSeconds) ELSE locked_until END
 WHERE username = :#username AND signs_in_with = 'password'
RETURNING COALESCE(locked_until > now(), false) AS locked
