package org.pmdc.hub.console;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.pmdc.hub.security.Role;

/**
 * Who a person the OpenID provider signed in is at the hub, read from its ID token's claims: the
 * username (an e-mail address by default, lower-cased), the role (a hub role's code, as a string or
 * as the one hub role in a list, the form of Entra ID's {@code roles}) and, for a publisher or
 * subscriber user, the participant's code. Claims that do not say this plainly are refused: a
 * guess would give someone another participant's data.
 */
record ProviderClaims(String usernameClaim, String roleClaim, String participantClaim) {

  /** The usernames the console keeps (as {@code console_user} checks them). */
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,99}");
  private static final List<String> ROLE_CODES = Stream.of(Role.values()).map(Role::code).toList();

  /** A provider's user as the console records it. */
  record ProviderUser(String username, String displayName, Role role, String participant) {}

  /** Why the claims do not make a console user. */
  static final class Unusable extends Exception {
    Unusable(String reason) {
      super(reason);
    }
  }

  ProviderUser read(Map<String, Object> claims) throws Unusable {
    String username = text(claims, usernameClaim).map(name -> name.toLowerCase(Locale.ROOT))
        .filter(name -> USERNAME.matcher(name).matches())
        .orElseThrow(() -> new Unusable("claim " + usernameClaim + " is not a username (letters, digits, . _ @ -)"));
    Role role = role(claims.get(roleClaim));
    String participant = null;
    if (role == Role.PUBLISHER || role == Role.SUBSCRIBER) {
      participant = text(claims, participantClaim)
          .orElseThrow(() -> new Unusable("a " + role.code() + " user needs claim " + participantClaim));
    }
    String displayName = text(claims, "name").orElse(username);
    return new ProviderUser(username, displayName, role, participant);
  }

  private Role role(Object claim) throws Unusable {
    List<String> named = claim instanceof Collection<?> values
        ? values.stream().map(String::valueOf).filter(ROLE_CODES::contains).distinct().toList()
        : claim == null ? List.of() : List.of(String.valueOf(claim)).stream().filter(ROLE_CODES::contains).toList();
    if (named.size() != 1) {
      throw new Unusable("claim " + roleClaim + " must name exactly one of " + ROLE_CODES + ", it names " + named);
    }
    return Role.of(named.get(0));
  }

  private static Optional<String> text(Map<String, Object> claims, String name) {
    return Optional.ofNullable(claims.get(name)).map(String::valueOf).map(String::strip).filter(value -> !value.isEmpty());
  }
}
