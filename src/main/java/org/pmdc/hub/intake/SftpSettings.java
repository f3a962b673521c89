package org.pmdc.hub.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * SFTP servers the hub collects publishers' files from, one route each ({@code sftp-intake}
 * template). In the environment: {@code PMDC_SFTP_SOURCES_0_PUBLISHER}, {@code _HOST}, … for the
 * first source, {@code PMDC_SFTP_SOURCES_1_…} for the next.
 *
 * @param quietPeriodMs a remote file is taken once unchanged for this long
 */
@Validated
@ConfigurationProperties("pmdc.sftp")
record SftpSettings(@DefaultValue List<@Valid Source> sources, @DefaultValue("5000") @Min(0) long quietPeriodMs) {

  /**
   * @param publisher the publisher whose files these are
   * @param password or {@code privateKeyFile} (with an optional {@code privateKeyPassphrase})
   * @param directory where the publisher puts files; processed ones move to its .done/ and .error/
   * @param strictHostKeyChecking verify the server against {@code knownHostsFile}; switch off only in tests
   */
  record Source(
      @NotBlank String publisher,
      @NotBlank String host,
      @DefaultValue("22") @Min(1) @Max(65535) int port,
      @NotBlank String username,
      String password,
      String privateKeyFile,
      String privateKeyPassphrase,
      @DefaultValue("inbox") @NotBlank String directory,
      @DefaultValue("30000") @Min(100) long pollIntervalMs,
      @DefaultValue("true") boolean strictHostKeyChecking,
      String knownHostsFile) {

    @AssertTrue(message = "give a password or a private-key-file")
    boolean isAuthenticated() {
      return password != null || privateKeyFile != null;
    }
  }
}
