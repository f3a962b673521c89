package org.pmdc.hub.console;

import java.util.Collection;
import java.util.List;
import org.pmdc.hub.security.Caller;
import org.pmdc.hub.security.Role;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A console user as Spring Security checks and keeps it: the role and participant of the API's
 * roles, whether the password must be changed first, and (only until sign-in completes) the hash.
 * Public for the pages' templates, which read it by reflection.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {

  /** The authority of a user who signs in with the console's password (and may change it). */
  static final GrantedAuthority PASSWORD_USER = new SimpleGrantedAuthority("PASSWORD_USER");

  private final String username;
  private final String displayName;
  private final Role role;
  private final String participant;
  private final boolean mustChangePassword;
  private final boolean secondFactor;
  private final boolean provider;
  private final boolean enabled;
  private final boolean locked;
  private String passwordHash;

  SignedInUser(String username, String displayName, Role role, String participant, boolean mustChangePassword,
      boolean secondFactor, boolean provider, boolean enabled, boolean locked, String passwordHash) {
    this.username = username;
    this.displayName = displayName;
    this.role = role;
    this.participant = participant;
    this.mustChangePassword = mustChangePassword;
    this.secondFactor = secondFactor;
    this.provider = provider;
    this.enabled = enabled;
    this.locked = locked;
    this.passwordHash = passwordHash;
  }

  /** The same user once the password has been changed. */
  SignedInUser withPasswordChanged() {
    return new SignedInUser(username, displayName, role, participant, false, secondFactor, provider, enabled, locked, null);
  }

  /**
   * The user as the API's rules see a caller, so an entitlement written for the API (in SQL, keyed
   * on the role and participant) applies to the console unchanged.
   */
  Caller caller() {
    return new Caller("user:" + username, role, participant, role.scopes());
  }

  public String displayName() {
    return displayName;
  }

  public Role role() {
    return role;
  }

  public String participant() {
    return participant;
  }

  public boolean mustChangePassword() {
    return mustChangePassword;
  }

  /** Whether sign-in asks this user for a code of its authenticator app after the password. */
  public boolean hasSecondFactor() {
    return secondFactor;
  }

  /** The same user once its second factor is set up or removed. */
  SignedInUser withSecondFactor(boolean enabled) {
    return new SignedInUser(username, displayName, role, participant, mustChangePassword, enabled, provider, this.enabled,
        locked, null);
  }

  /**
   * Whether the organisation's OpenID provider signs this user in; its password and second factor
   * are the provider's, not the console's.
   */
  public boolean signsInWithProvider() {
    return provider;
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    GrantedAuthority role = new SimpleGrantedAuthority("ROLE_" + this.role.name());
    return provider ? List.of(role) : List.of(role, PASSWORD_USER);
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return username;
  }

  @Override
  public boolean isAccountNonLocked() {
    return !locked;
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }
}
