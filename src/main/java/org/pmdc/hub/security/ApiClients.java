package org.pmdc.hub.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

/**
 * The hub's registered API clients ({@code sql/security/*.sql}), as the authorization server and
 * the token check need them on every call.
 */
@Component
public class ApiClients {

  /**
   * A registered client: its role, the participant it acts for, whether it may still call, and the
   * generation of tokens it may call with (the hub's tokens of an earlier one are refused).
   */
  public record Client(String clientId, Role role, String participant, boolean active, int tokenGeneration) {}

  private final ProducerTemplate camel;

  ApiClients(ProducerTemplate camel) {
    this.camel = camel;
  }

  @SuppressWarnings("unchecked")
  public Optional<Client> find(String clientId) {
    Map<String, Object> row = camel.requestBody(
        "sql:classpath:sql/security/client.sql?outputType=SelectOne", Map.of("clientId", clientId), Map.class);
    return Optional.ofNullable(row).map(r -> new Client((String) r.get("client_id"), Role.of((String) r.get("role")),
        (String) r.get("participant"), "active".equals(r.get("status")), ((Number) r.get("token_generation")).intValue()));
  }

  /** The hashes of the client's secrets that have not expired (two during a rotation's grace period). */
  @SuppressWarnings("unchecked")
  public List<String> liveSecretHashes(String clientId) {
    List<Map<String, Object>> rows = camel.requestBody(
        "sql:classpath:sql/security/live-secrets.sql", Map.of("clientId", clientId), List.class);
    return rows.stream().map(row -> (String) row.get("secret_hash")).toList();
  }

  /**
   * Makes sure the administrator client exists and that this secret opens it (none: an external
   * provider holds it); a changed configured secret replaces the previous ones at once.
   */
  public void ensureAdmin(String clientId, String secret) {
    if (secret == null || liveSecretHashes(clientId).stream().noneMatch(hash -> ClientSecrets.matches(secret, hash))) {
      Map<String, Object> params = new HashMap<>();
      params.put("clientId", clientId);
      params.put("secretHash", secret == null ? null : ClientSecrets.hash(secret));
      camel.requestBody("sql:classpath:sql/security/ensure-admin.sql", params);
    }
  }
}
