package org.pmdc.hub.delivery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.pmdc.hub.canonical.Hashes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The CA certificates an LP gave for its Kafka cluster, as PEM files: the Kafka client takes a
 * trust store by location (a PEM text does not survive a Camel endpoint URI). One file per distinct
 * set of certificates, named by its hash, written once and atomically, so hubs sharing the
 * directory and concurrent deliveries never see half a file.
 */
@Component
class KafkaTrustStores {

  private final Path directory;

  KafkaTrustStores(@Value("${pmdc.delivery.kafka-trust-dir}") Path directory) {
    this.directory = directory;
  }

  /** The file holding these certificates. */
  Path file(String pem) throws IOException {
    Path file = directory.resolve(Hashes.sha256Hex(pem) + ".pem").toAbsolutePath();
    if (!Files.exists(file)) {
      Files.createDirectories(directory);
      Path written = Files.writeString(Files.createTempFile(directory, "ca-", ".tmp"), pem, StandardCharsets.US_ASCII);
      Files.move(written, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
    return file;
  }
}
