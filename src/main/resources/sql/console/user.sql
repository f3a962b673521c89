-- A console user as sign-in needs it: role, participant code, hash and the state that may refuse it.
SELECT u.username, u.display_name, u.role, COALESCE(p.code, s.code) AS participant, u.password_hash,
       u.must_change_password, u.status, COALESCE(u.locked_until > now(), false) AS locked, u.locked_until,
       u.totp_key IS NOT NULL AS second_factor, u.signs_in_with = 'provider' AS provider
  FROM console_user u
  LEFT JOIN publisher p ON p.id = u.publisher_id
  LEFT JOIN subscriber s ON s.id = u.subscriber_id
 WHERE u.username = :#username
