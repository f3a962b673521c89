package org.pmdc.hub.security;

import java.util.List;
import java.util.Optional;
import org.pmdc.hub.database.SqlFiles;
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

  private final SqlFiles sql;

  ApiClients(SqlFiles sql) {
    this.sql = sql;
  }

  public Optional<Client> find(String clientId) {
    return sql.statement("security/client.sql").param("clientId", clientId)
        .query((row, number) -> new Client(row.getString("client_id"), Role.of(row.getString("role")),
            row.getString("participant"), "active".equals(row.getString("status")), row.getInt("token_generation")))
        .optional();
  }

  /** The hashes of the client's secrets that have not expired (two during a rotation's grace period). */
  public List<String> liveSecretHashes(String clientId) {
    return sql.statement("security/live-secrets.sql").param("clientId", clientId)
        .query((row, number) -> row.getString("secret_hash")).list();
  }

  /**
   * Makes sure the administrator client exists and that this secret opens it (none: an external
   * provider holds it); a changed configured secret replaces the previous ones at once.
   */
  public void ensureAdmin(String clientId, String secret) {
    if (secret == null || liveSecretHashes(clientId).stream().noneMatch(hash -> ClientSecrets.matches(secret, hash))) {
      sql.statement("security/ensure-admin.sql").param("clientId", clientId)
          .param("secretHash", secret == null ? null : ClientSecrets.hash(secret)).update();
    }
  }
}
