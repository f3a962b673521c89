package org.pmdc.hub.security;

import java.util.List;
import java.util.Map;
import org.apache.camel.ProducerTemplate;
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

  private final ProducerTemplate camel;
  private final SecretBox secrets;

  SealStoredSecrets(ProducerTemplate camel, SecretBox secrets) {
    this.camel = camel;
    this.secrets = secrets;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void run(ApplicationArguments args) {
    List<Map<String, Object>> unsealed =
        camel.requestBody("sql:classpath:sql/security/unsealed-channel-secrets.sql", null, List.class);
    for (Map<String, Object> row : unsealed) {
      camel.requestBody("sql:classpath:sql/security/seal-channel-secret.sql", Map.of(
          "id", row.get("id"), "secret", row.get("secret"), "sealed", secrets.seal((String) row.get("secret"))));
    }
    if (!unsealed.isEmpty()) {
      log.info("Sealed {} channel secret(s) stored in clear by an earlier build", unsealed.size());
    }
  }
}
