-- One more failed sign-in in a row; at the limit the user is locked for a while and the count restarts.
UPDATE console_user
   SET failed_sign_ins = CASE WHEN failed_sign_ins + 1 >= :#limit THEN 0 ELSE failed_sign_ins + 1 END,
       locked_until = CASE WHEN failed_sign_ins + 1 >= :#limit
                           THEN now() + make_interval(secs => :#lockSeconds) ELSE locked_until END
 WHERE username = :#username
RETURNING COALESCE(locked_until > now(), false) AS locked
