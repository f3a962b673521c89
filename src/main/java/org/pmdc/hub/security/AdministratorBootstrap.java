package org.pmdc.hub.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Makes sure the first administrator can get a token: the client {@code PMDC_ADMIN_CLIENT_ID} with
 * the secret {@code PMDC_ADMIN_CLIENT_SECRET}, or, when none is configured (a first local run), a
 * generated secret written to a file only the owner can read. The secret itself is never logged.
 */
@Component
class AdministratorBootstrap implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

  private final ApiClients clients;
  private final SecuritySettings settings;

  AdministratorBootstrap(ApiClients clients, SecuritySettings settings) {
    this.clients = clients;
    this.settings = settings;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (settings.externalIssuer()) {
      // The provider holds the administrator's credentials; the hub only needs to know its client id.
      clients.ensureAdmin(settings.adminClientId(), null);
      return;
    }
    String secret = settings.adminClientSecret();
    if (secret == null || secret.isBlank()) {
      secret = LocalSecretFile.readOrCreate(settings.adminSecretFile(), ClientSecrets::generate);
      log.info("Administrator client '{}': its secret is in {} (set PMDC_ADMIN_CLIENT_SECRET to choose it)",
          settings.adminClientId(), settings.adminSecretFile().toAbsolutePath());
    }
    clients.ensureAdmin(settings.adminClientId(), secret);
  }
}
