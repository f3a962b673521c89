package org.pmdc.hub.security;

import java.util.Set;

/**
 * The client behind an accepted access token, as the hub knows it: its role, the participant it
 * acts for (a publisher or subscriber code; none for staff) and the scopes its token grants
 * within its role.
 */
public record Caller(String clientId, Role role, String participant, Set<String> scopes) {

  public boolean has(String scope) {
    return scopes.contains(scope);
  }
}
