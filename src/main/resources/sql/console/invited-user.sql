-- The active user an unexpired invitation link is for.
SELECT username, display_name FROM console_user
 WHERE invitation_sha256 = :#invitationSha256 AND invitation_expires_at > now() AND status = 'active'
