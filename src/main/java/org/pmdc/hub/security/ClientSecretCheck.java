package org.pmdc.hub.security;

import java.util.Set;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * Authenticates a client at the token endpoint against every secret it has that has not expired:
 * during a rotation's grace period both the new and the previous secret work. (The stock provider
 * knows one secret per client.)
 */
class ClientSecretCheck implements AuthenticationProvider {

  private static final Set<ClientAuthenticationMethod> METHODS =
      Set.of(ClientAuthenticationMethod.CLIENT_SECRET_BASIC, ClientAuthenticationMethod.CLIENT_SECRET_POST);

  private final RegisteredClientRepository registeredClients;
  private final ApiClients clients;

  ClientSecretCheck(RegisteredClientRepository registeredClients, ApiClients clients) {
    this.registeredClients = registeredClients;
    this.clients = clients;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    OAuth2ClientAuthenticationToken attempt = (OAuth2ClientAuthenticationToken) authentication;
    if (!METHODS.contains(attempt.getClientAuthenticationMethod())) {
      return null;
    }
    String clientId = attempt.getPrincipal().toString();
    String secret = attempt.getCredentials() == null ? null : attempt.getCredentials().toString();
    RegisteredClient client = registeredClients.findByClientId(clientId);
    if (client == null || clients.liveSecretHashes(clientId).stream().noneMatch(h -> ClientSecrets.matches(secret, h))) {
      throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_CLIENT);
    }
    return new OAuth2ClientAuthenticationToken(client, attempt.getClientAuthenticationMethod(), null);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return OAuth2ClientAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
