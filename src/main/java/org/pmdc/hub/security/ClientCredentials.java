package org.pmdc.hub.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.pmdc.hub.api.ProblemException;
import org.springframework.stereotype.Component;

/**
 * Issues client credentials for the admin API ({@code routes/clients-api.camel.yaml}): a new secret
 * goes to the database as a hash and to the admin once, in the answer. With an external
 * provider the hub issues no secrets (the provider holds them) and only maps client ids to roles.
 */
@Component("clientCredentials")
public class ClientCredentials {

  private final SecuritySettings settings;

  ClientCredentials(SecuritySettings settings) {
    this.settings = settings;
  }

  /**
   * Adds the client id and a new secret for a participant's approval; none with an external
   * provider, whose client ids the admin registers ({@code POST /clients}).
   */
  public Map<String, Object> forParticipant(String role, String code) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("role", role);
    row.put("participant", code);
    row.put("clientId", settings.externalIssuer() ? null : role + "-" + code);
    return withSecret(row);
  }

  /** Adds a client id when the request has none, and a new secret when the hub issues them. */
  public Map<String, Object> forClient(Map<String, Object> request) {
    Map<String, Object> row = new LinkedHashMap<>(request);
    if (row.get("clientId") == null) {
      row.put("clientId", row.get("role") + "-" + UUID.randomUUID().toString().substring(0, 8));
    }
    return withSecret(row);
  }

  /** A new secret for a rotation; refused when an external provider holds the credentials. */
  public Map<String, Object> forRotation(Map<String, Object> request) {
    if (settings.externalIssuer()) {
      throw new ProblemException(409, "external-credentials", "Credentials held by the identity provider",
          "This hub takes tokens from an external identity provider; rotate the client's secret there.");
    }
    Map<String, Object> row = new LinkedHashMap<>(request);
    if (row.get("graceSeconds") == null) {
      row.put("graceSeconds", settings.rotationGrace().toSeconds());
    }
    return withSecret(row);
  }

  private Map<String, Object> withSecret(Map<String, Object> row) {
    String secret = settings.externalIssuer() ? null : ClientSecrets.generate();
    row.put("secret", secret);
    row.put("secretHash", secret == null ? null : ClientSecrets.hash(secret));
    return row;
  }
}
