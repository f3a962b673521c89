SELECT u.username, u.display_name, u.role, COALESCE(p.code, s.code) AS participant, u.status,
       u.must_change_password, COALESCE(u.locked_until > now(), false) AS locked, u.totp_key IS NOT NULL AS second_factor,
       u.signs_in_with = 'provider' AS provider, COALESCE(u.invitation_expires_at > now(), false) AS invited,
       u.password_hash IS NULL AND u.signs_in_with = 'password' AS awaiting_password,
       u.last_sign_in_at, u.created_by, u.created_at
  FROM console_user u
  LEFT JOIN publisher p ON p.id = u.publisher_id
  LEFT JOIN subscriber s ON s.id = u.subscriber_id
 ORDER BY u.username
