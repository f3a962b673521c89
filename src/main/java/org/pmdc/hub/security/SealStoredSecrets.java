package org.pmdc.hub.security;

import java.util.List;
import java.util.Map;
import org.pmdc.hub.database.SqlFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Seals, at start-up, any channel secret a build older than the secret sealing stored in clear,
 * so a database carried over from it holds no secret in clear. Safe with several hubs starting at
 * once (each row is changed only if it is still the clear value).
 */
@Component
class SealStoredSecrets implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(SealStoredSecrets.class);

  private final SqlFiles sql;
  private final SecretBox secrets;

  SealStoredSecrets(SqlFiles sql, SecretBox secrets) {
    this.sql = sql;
    this.secrets = secrets;
  }

  @Override
  public void run(ApplicationArguments args) {
    List<Map<String, Object>> unsealed = sql.statement("security/unsealed-channel-secrets.sql").query().listOfRows();
    for (Map<String, Object> row : unsealed) {
      sql.statement("security/seal-channel-secret.sql").params(Map.of(
          "id", row.get("id"), "secret", row.get("secret"), "sealed", secrets.seal((String) row.get("secret")))).update();
    }
    if (!unsealed.isEmpty()) {
      log.info("Sealed {} channel secret(s) stored in clear by an earlier build", unsealed.size());
    }
  }
}
