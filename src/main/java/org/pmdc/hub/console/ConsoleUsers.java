package org.pmdc.hub.console;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.pmdc.hub.database.SqlFiles;
import org.pmdc.hub.security.Role;
import org.pmdc.hub.security.SecretBox;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The people who sign in to the console ({@code console_user}): looked up at sign-in, created and
 * disabled by an administrator, locked after repeated failures. Passwords are hashed with Argon2id
 * and stored as {@code {argon2@SpringSecurity_v5_8}...}, so a later default can be introduced
 * without invalidating them. The encoder is kept here, not offered as a bean: the authorization
 * server would otherwise take it for the API clients' secrets.
 */
@Component
class ConsoleUsers {

  private static final String ARGON2 = "argon2@SpringSecurity_v5_8";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SqlFiles sql;
  private final ConsoleSettings settings;
  private final SecretBox secrets;
  private final PasswordEncoder passwords =
      new DelegatingPasswordEncoder(ARGON2, Map.of(ARGON2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));

  ConsoleUsers(SqlFiles sql, ConsoleSettings settings, SecretBox secrets) {
    this.sql = sql;
    this.settings = settings;
    this.secrets = secrets;
  }

  PasswordEncoder passwords() {
    return passwords;
  }

  /**
   * The user lookup of the console's password sign-in, which a provider's user and an invited user
   * who has not chosen its password yet do not have.
   */
  UserDetailsService lookup() {
    return username -> find(username).filter(user -> user.getPassword() != null)
        .orElseThrow(() -> new UsernameNotFoundException(username));
  }

  Optional<SignedInUser> find(String username) {
    return sql.statement("console/user.sql").param("username", username)
        .query((row, n) -> new SignedInUser(row.getString("username"), row.getString("display_name"),
            Role.of(row.getString("role")), row.getString("participant"), row.getBoolean("must_change_password"),
            row.getBoolean("second_factor"), row.getBoolean("provider"), "active".equals(row.getString("status")), row.getBoolean("locked"), row.getString("password_hash")))
        .optional();
  }

  List<Map<String, Object>> list() {
    return sql.statement("console/list-users.sql").query().listOfRows();
  }

  /** Creates a user with a first password it must change; false when the username is taken. */
  boolean create(NewUser user, String createdBy) {
    return insert(user, passwords.encode(user.firstPassword()), null, createdBy);
  }

  /**
   * Creates a user invited by a one-time link, with no password until it chooses one through it:
   * the link's token (kept only as its hash), or empty when the username is taken.
   */
  Optional<String> createInvited(NewUser user, String createdBy) {
    String token = newInvitationToken();
    return insert(user, null, sha256(token), createdBy) ? Optional.of(token) : Optional.empty();
  }

  private boolean insert(NewUser user, String passwordHash, String invitationSha256, String createdBy) {
    return sql.statement("console/insert-user.sql")
        .param("username", user.username()).param("displayName", user.displayName())
        .param("role", user.role().code()).param("participant", user.participant())
        .param("passwordHash", passwordHash).param("invitationSha256", invitationSha256)
        .param("invitationSeconds", settings.invitationTtl().toSeconds()).param("createdBy", createdBy)
        .update() == 1;
  }

  /** A new invitation link for a user who signs in with a password here; empty when there is no such user. */
  Optional<String> invite(String username) {
    String token = newInvitationToken();
    return sql.statement("console/set-invitation.sql").param("username", username)
        .param("invitationSha256", sha256(token)).param("invitationSeconds", settings.invitationTtl().toSeconds())
        .update() == 1 ? Optional.of(token) : Optional.empty();
  }

  /** The username an invitation link is for, while the link works (unused, unexpired, the user active). */
  Optional<String> invited(String token) {
    return sql.statement("console/invited-user.sql").param("invitationSha256", sha256(token))
        .query((row, n) -> row.getString("username")).optional();
  }

  /** Sets the password chosen through an invitation link, which then stops working; the user's name, or empty when it no longer works. */
  Optional<String> acceptInvitation(String token, String password) {
    return sql.statement("console/accept-invitation.sql").param("invitationSha256", sha256(token))
        .param("passwordHash", passwords.encode(password)).query(String.class).optional();
  }

  /** 256 random bits, URL-safe: a link that cannot be guessed. */
  private static String newInvitationToken() {
    byte[] token = new byte[32];
    RANDOM.nextBytes(token);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
  }

  private static String sha256(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first administrator, while the console has none. */
  void ensureFirstAdmin(String username, String firstPassword) {
    sql.statement("console/ensure-first-admin.sql").param("username", username)
        .param("passwordHash", passwords.encode(firstPassword)).update();
  }

  /**
   * Records (or brings up to date) a person the OpenID provider signed in, as its claims describe
   * it; empty when the username is a local user's or the participant is unknown.
   */
  Optional<SignedInUser> recordProviderUser(ProviderClaims.ProviderUser user) {
    boolean recorded = sql.statement("console/upsert-provider-user.sql")
        .param("username", user.username()).param("displayName", user.displayName())
        .param("role", user.role().code()).param("participant", user.participant())
        .query(String.class).optional().isPresent();
    return recorded ? find(user.username()) : Optional.empty();
  }

  /** Counts a failed sign-in of a user, which may lock it. */
  FailedSignIn recordFailedSignIn(String username) {
    return sql.statement("console/record-failed-sign-in.sql").param("username", username)
        .param("limit", settings.failedSignInLimit()).param("lockSeconds", settings.lockout().toSeconds())
        .query(Boolean.class).optional()
        .map(locked -> locked ? FailedSignIn.LOCKED : FailedSignIn.COUNTED).orElse(FailedSignIn.NO_SUCH_USER);
  }

  /** What a failed sign-in did. */
  enum FailedSignIn {
    /** Nothing: the username is not a user's. */
    NO_SUCH_USER,
    /** One more failure in a row. */
    COUNTED,
    /** The limit is reached: the user is locked for a while. */
    LOCKED
  }

  void recordSignIn(String username) {
    sql.statement("console/record-sign-in.sql").param("username", username).update();
  }

  /** The password a user chose for itself. */
  void changePassword(String username, String password) {
    setPassword(username, password, false);
  }

  /** A first password an administrator gives a user (a new one, or after a forgotten one); false when it has no password here. */
  boolean resetPassword(String username, String firstPassword) {
    return setPassword(username, firstPassword, true);
  }

  /** False when there is no such user with a password (a provider's user has none here). */
  private boolean setPassword(String username, String password, boolean mustChange) {
    return sql.statement("console/set-password.sql").param("username", username)
        .param("passwordHash", passwords.encode(password)).param("mustChange", mustChange).update() == 1;
  }

  /** Disables or (again) enables a user; false when there is no such user. */
  boolean setEnabled(String username, boolean enabled) {
    return sql.statement("console/set-user-status.sql").param("username", username)
        .param("status", enabled ? "active" : "disabled").update() == 1;
  }

  /** Sets up (a key) or removes (null) a user's second factor. */
  void setSecondFactor(String username, byte[] key) {
    sql.statement("console/set-totp-key.sql").param("username", username)
        .param("key", key == null ? null : secrets.seal(Base64.getEncoder().encodeToString(key))).update();
  }

  /**
   * Whether the code is the user's authenticator's now, and not one accepted before (a code seen
   * over a shoulder or replayed is refused); an accepted code's step is recorded.
   */
  boolean acceptCode(String username, String code) {
    Optional<byte[]> key = sql.statement("console/totp-key.sql").param("username", username).query(String.class)
        .optional().map(sealed -> Base64.getDecoder().decode(secrets.open(sealed)));
    OptionalLong step = key.map(k -> Totp.matchingStep(k, code, Instant.now())).orElse(OptionalLong.empty());
    return step.isPresent() && sql.statement("console/accept-totp-step.sql").param("username", username)
        .param("step", step.getAsLong()).update() == 1;
  }

  /** What an administrator fills in to create a user; no first password for one invited by a link. */
  record NewUser(String username, String displayName, Role role, String participant, String firstPassword) {}
}
