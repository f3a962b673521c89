package org.pmdc.hub.security;

import java.util.Locale;
import java.util.Set;

/**
 * What a client of the hub is, and the scopes that may ever be granted to it. A token asks for
 * some or all of them; an operation names the one it needs in its route file.
 */
public enum Role {
  ADMIN(Scopes.ADMIN_READ, Scopes.ADMIN_WRITE, Scopes.AUDIT_READ, Scopes.REFERENCE_READ),
  VIEWER(Scopes.ADMIN_READ, Scopes.REFERENCE_READ),
  PUBLISHER(Scopes.SUBMISSIONS_WRITE, Scopes.SUBMISSIONS_READ, Scopes.REFERENCE_READ),
  SUBSCRIBER(Scopes.LP_READ, Scopes.REFERENCE_READ);

  private final Set<String> scopes;

  Role(String... scopes) {
    this.scopes = Set.of(scopes);
  }

  public Set<String> scopes() {
    return scopes;
  }

  /** The name used in the API and the database. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Role of(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }

  /** Every scope the hub knows, as its route files name them. */
  public static final class Scopes {
    public static final String ADMIN_READ = "admin:read";
    public static final String ADMIN_WRITE = "admin:write";
    public static final String AUDIT_READ = "audit:read";
    public static final String SUBMISSIONS_WRITE = "submissions:write";
    public static final String SUBMISSIONS_READ = "submissions:read";
    public static final String LP_READ = "lp:read";
    /** Reference data every participant may read, such as exchange rates. */
    public static final String REFERENCE_READ = "reference:read";

    private Scopes() {}
  }
}
