package org.pmdc.hub.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** An accepted access token and the {@link Caller} it stands for (authorities: {@code SCOPE_<scope>}). */
public class CallerAuthentication extends AbstractAuthenticationToken {

  private final Caller caller;
  private final Jwt token;

  CallerAuthentication(Caller caller, Jwt token) {
    super(caller.scopes().stream().map(scope -> new SimpleGrantedAuthority("SCOPE_" + scope)).toList());
    this.caller = caller;
    this.token = token;
    setAuthenticated(true);
  }

  @Override
  public Caller getPrincipal() {
    return caller;
  }

  @Override
  public Jwt getCredentials() {
    return token;
  }

  @Override
  public String getName() {
    return caller.clientId();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CallerAuthentication that && super.equals(that) && caller.equals(that.caller);
  }

  @Override
  public int hashCode() {
    return 31 * super.hashCode() + caller.hashCode();
  }
}
