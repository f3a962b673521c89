package org.pmdc.hub.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** A misconfigured SFTP source stops the hub at start-up with a message naming the setting. */
class SftpSettingsTest {

  @Configuration
  @EnableConfigurationProperties(SftpSettings.class)
  static class Settings {}

  private final ApplicationContextRunner hub = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
      .withUserConfiguration(Settings.class);

  @Test
  void aSourceWithoutCredentialsOrHostIsRefused() {
    hub.withPropertyValues("pmdc.sftp.sources[0].publisher=acme-gp", "pmdc.sftp.sources[0].username=acme")
        .run(context -> {
          assertThat(context).hasFailed();
          assertThat(context.getStartupFailure())
              .hasStackTraceContaining("sources[0].host")
              .hasStackTraceContaining("give a password or a private-key-file");
        });
  }

  @Test
  void aCompleteSourceIsAccepted() {
    hub.withPropertyValues("pmdc.sftp.sources[0].publisher=acme-gp", "pmdc.sftp.sources[0].host=sftp",
            "pmdc.sftp.sources[0].username=acme", "pmdc.sftp.sources[0].password=secret")
        .run(context -> assertThat(context.getBean(SftpSettings.class).sources()).singleElement()
            .satisfies(source -> assertThat(source.port()).isEqualTo(22)));
  }
}
