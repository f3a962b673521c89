package org.pmdc.hub.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pmdc.hub.canonical.Hashes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The CA certificates an LP gave for its Kafka cluster, as PEM files: the Kafka client takes a
 * trust store by location (a PEM text does not survive a Camel endpoint URI). One file per distinct
 * set of certificates, named by its hash, written once per hub and atomically, so hubs sharing the
 * directory never see half a file.
 */
@Component
class KafkaTrustStores {

  private final Path directory;
  /** The files this hub has written, by their certificates: a delivery neither hashes nor checks the disk. */
  private final Map<String, Path> written = new ConcurrentHashMap<>();

  KafkaTrustStores(@Value("${pmdc.delivery.kafka-trust-dir}") Path directory) {
    this.directory = directory;
  }

  /** The file holding these certificates. */
  Path file(String pem) {
    return written.computeIfAbsent(pem, this::write);
  }

  private Path write(String pem) {
    Path file = directory.resolve(Hashes.sha256Hex(pem) + ".pem").toAbsolutePath();
    try {
      Files.createDirectories(directory);
      Path temporary = Files.writeString(Files.createTempFile(directory, "ca-", ".tmp"), pem, StandardCharsets.US_ASCII);
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the Kafka trust store " + file, e);
    }
  }
}
