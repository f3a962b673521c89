-- People who sign in through the organisation's OpenID provider (pmdc.console.oidc) instead of a
-- password: recorded at each sign-in with the role and participant their provider's claims give, so
-- an administrator sees them beside the local users and may disable them. The provider checks their
-- credentials (and its own second factor); the hub keeps no password for them.
ALTER TABLE console_user
    ALTER COLUMN password_hash DROP NOT NULL,
    ADD COLUMN signs_in_with TEXT NOT NULL DEFAULT 'password' CHECK (signs_in_with IN ('password', 'provider')),
    ADD CONSTRAINT console_user_password_kept_for_password_users
        CHECK ((signs_in_with = 'password') = (password_hash IS NOT NULL)),
    ADD CONSTRAINT console_user_provider_users_have_no_first_password
        CHECK (signs_in_with = 'password' OR NOT must_change_password);
