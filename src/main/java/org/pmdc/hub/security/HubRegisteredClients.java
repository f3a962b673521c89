package org.pmdc.hub.security;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * The hub's API clients as the authorization server sees them: client credentials only, scopes
 * bounded by the role, self-contained (JWT) access tokens. Clients are registered through the
 * admin API, never here.
 */
class HubRegisteredClients implements RegisteredClientRepository {

  static final String ROLE_SETTING = "pmdc.role";
  static final String TOKEN_GENERATION_SETTING = "pmdc.token-generation";

  private final ApiClients clients;
  private final TokenSettings tokens;

  HubRegisteredClients(ApiClients clients, SecuritySettings settings) {
    this.clients = clients;
    this.tokens = TokenSettings.builder()
        .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
        .accessTokenTimeToLive(settings.tokenTtl())
        .build();
  }

  @Override
  public void save(RegisteredClient registeredClient) {
    throw new UnsupportedOperationException("clients are registered through the admin API");
  }

  @Override
  public RegisteredClient findById(String id) {
    return findByClientId(id);
  }

  @Override
  public RegisteredClient findByClientId(String clientId) {
    return clients.find(clientId)
        .filter(ApiClients.Client::active)
        .map(client -> RegisteredClient.withId(client.clientId())
            .clientId(client.clientId())
            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
            .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
            .scopes(scopes -> scopes.addAll(client.role().scopes()))
            .tokenSettings(tokens)
            // Carried to the token customizer, which then needs no second look-up of the client.
            .clientSettings(ClientSettings.builder().setting(ROLE_SETTING, client.role().code())
                .setting(TOKEN_GENERATION_SETTING, client.tokenGeneration()).build())
            .build())
        .orElse(null);
  }
}
