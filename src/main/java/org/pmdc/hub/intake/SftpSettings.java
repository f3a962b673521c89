package org.pmdc.hub.intake;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * SFTP servers the hub collects publishers' files from, one route each ({@code sftp-intake}
 * template). In the environment: {@code PMDC_SFTP_SOURCES_0_PUBLISHER}, {@code _HOST}, … for the
 * first source, {@code PMDC_SFTP_SOURCES_1_…} for the next.
 *
 * @param quietPeriodMs a remote file is taken once unchanged for this long
 */
@ConfigurationProperties("pmdc.sftp")
record SftpSettings(@DefaultValue List<Source> sources, @DefaultValue("5000") long quietPeriodMs) {

  /**
   * @param publisher the publisher whose files these are
   * @param password or {@code privateKeyFile} (with an optional {@code privateKeyPassphrase})
   * @param directory where the publisher puts files; processed ones move to its .done/ and .error/
   * @param strictHostKeyChecking verify the server against {@code knownHostsFile}; switch off only in tests
   */
  record Source(
      String publisher,
      String host,
      @DefaultValue("22") int port,
      String username,
      String password,
      String privateKeyFile,
      String privateKeyPassphrase,
      @DefaultValue("inbox") String directory,
      @DefaultValue("30000") long pollIntervalMs,
      @DefaultValue("true") boolean strictHostKeyChecking,
      String knownHostsFile) {}
}
