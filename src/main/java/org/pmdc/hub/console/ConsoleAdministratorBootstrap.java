package org.pmdc.hub.console;

import org.pmdc.hub.security.ClientSecrets;
import org.pmdc.hub.security.LocalSecretFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The console's first administrator, made the way the first administrator client is: the first
 * password is {@code PMDC_CONSOLE_ADMIN_PASSWORD}, or, when none is configured (a first local run),
 * a generated one written to a file only the owner can read. It must be changed at the first
 * sign-in, and once the console has an administrator nothing here changes it again.
 */
@Component
class ConsoleAdministratorBootstrap implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(ConsoleAdministratorBootstrap.class);

  private final ConsoleUsers users;
  private final ConsoleSettings settings;

  ConsoleAdministratorBootstrap(ConsoleUsers users, ConsoleSettings settings) {
    this.users = users;
    this.settings = settings;
  }

  @Override
  public void run(ApplicationArguments args) {
    String password = settings.adminPassword();
    if (password == null || password.isBlank()) {
      password = LocalSecretFile.readOrCreate(settings.adminPasswordFile(), ClientSecrets::generate);
      log.info("Console administrator '{}': its first password is in {} (set PMDC_CONSOLE_ADMIN_PASSWORD to choose it)",
          settings.adminUsername(), settings.adminPasswordFile().toAbsolutePath());
    }
    users.ensureFirstAdmin(settings.adminUsername(), password);
  }
}
