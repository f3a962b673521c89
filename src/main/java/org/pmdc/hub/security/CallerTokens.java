package org.pmdc.hub.security;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Turns a token whose signature, issuer, audience and times have been checked into the caller
 * the hub knows: the client must be registered and not revoked (so revoking a client cuts off its
 * tokens at once), a token the hub issued must be of the client's current token generation (so
 * revocation and rotation without grace end the tokens issued before, for good), and its scopes
 * are those the token grants within the client's role.
 */
class CallerTokens implements Converter<Jwt, AbstractAuthenticationToken> {

  /** The token generation a hub token was issued in; an external provider's tokens have none. */
  static final String GENERATION_CLAIM = "pmdc_gen";

  private final ApiClients clients;
  private final String clientIdClaim;

  CallerTokens(ApiClients clients, String clientIdClaim) {
    this.clients = clients;
    this.clientIdClaim = clientIdClaim;
  }

  @Override
  public AbstractAuthenticationToken convert(Jwt token) {
    String clientId = token.getClaimAsString(clientIdClaim);
    ApiClients.Client client = clientId == null ? null : clients.find(clientId).orElse(null);
    if (client == null || !client.active()) {
      throw new InvalidBearerTokenException("The token's client is not registered with this hub, or was revoked");
    }
    Object generation = token.getClaims().get(GENERATION_CLAIM);
    if (generation instanceof Number issuedIn && issuedIn.intValue() != client.tokenGeneration()) {
      throw new InvalidBearerTokenException(
          "The token was issued before its client was revoked or its secret rotated without grace; obtain a new one");
    }
    Set<String> scopes = scopesOf(token).stream()
        .filter(client.role().scopes()::contains)
        .collect(Collectors.toUnmodifiableSet());
    return new CallerAuthentication(new Caller(client.clientId(), client.role(), client.participant(), scopes), token);
  }

  private static List<String> scopesOf(Jwt token) {
    // RFC 9068 and Spring: "scope", space-separated; Okta: "scp", a list; Entra ID puts the
    // application permissions a client credentials token grants in "roles".
    for (String claim : List.of("scope", "scp", "roles")) {
      Object value = token.getClaims().get(claim);
      if (value instanceof String text) {
        return List.of(text.trim().split("\\s+"));
      }
      if (value instanceof List<?> list) {
        return list.stream().map(Object::toString).toList();
      }
    }
    return List.of();
  }
}
