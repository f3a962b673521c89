package org.pmdc.hub.intake;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Creates one route per configured SFTP source from the {@code sftp-intake} route template
 * ({@code routes/sftp-intake.camel.yaml}), once the routes are loaded. Credentials go into the
 * endpoint as RAW values, which Camel masks wherever it prints an endpoint.
 */
@Component
class SftpSources implements CamelContextConfiguration {

  private static final Logger log = LoggerFactory.getLogger(SftpSources.class);

  private final SftpSettings settings;
  private final SftpSourceHealth health;

  SftpSources(SftpSettings settings, SftpSourceHealth health) {
    this.settings = settings;
    this.health = health;
  }

  @Override
  public void beforeApplicationStart(CamelContext camelContext) {
    // routes are created once the route template has been loaded
  }

  @Override
  public void afterApplicationStart(CamelContext camelContext) {
    for (SftpSettings.Source source : settings.sources()) {
      // Each poll's outcome reaches the health: a refused login fails the poll instead of
      // skipping it with one warning.
      String polls = "sftpPolls-" + source.publisher();
      camelContext.getRegistry().bind(polls, health.pollsOf(source.publisher()));
      String routeId = TemplatedRouteBuilder.builder(camelContext, "sftp-intake")
          .routeId("sftp-intake-" + source.publisher())
          .parameter("publisher", source.publisher())
          .parameter("server", source.username() + "@" + source.host() + ":" + source.port() + "/" + source.directory())
          .parameter("options", options(source) + "&throwExceptionOnConnectFailed=true&pollStrategy=#" + polls)
          .parameter("pollIntervalMs", String.valueOf(source.pollIntervalMs()))
          .add();
      log.info("SFTP intake {} collects {}'s files from {}:{}/{}", routeId, source.publisher(), source.host(),
          source.port(), source.directory());
    }
  }

  private static String options(SftpSettings.Source source) {
    StringBuilder options = new StringBuilder();
    if (source.privateKeyFile() != null) {
      options.append("privateKeyFile=").append(source.privateKeyFile());
      if (source.privateKeyPassphrase() != null) {
        options.append("&privateKeyPassphrase=RAW(").append(source.privateKeyPassphrase()).append(')');
      }
    } else {
      options.append("password=RAW(").append(source.password()).append(')');
    }
    options.append("&strictHostKeyChecking=").append(source.strictHostKeyChecking() ? "yes" : "no");
    if (source.knownHostsFile() != null) {
      options.append("&knownHostsFile=").append(source.knownHostsFile());
    } else if (!source.strictHostKeyChecking()) {
      options.append("&useUserKnownHostsFile=false");
    }
    return options.toString();
  }
}
