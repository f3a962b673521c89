package org.pmdc.hub.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Supplier;

/**
 * A secret generated on first start and kept in a file only its owner can read, for the embedded
 * defaults (a deployment passes its secrets in the environment instead). Created atomically, so two
 * hubs starting on one data directory end up with the same secret.
 */
public final class LocalSecretFile {

  private LocalSecretFile() {}

  public static String readOrCreate(Path file, Supplier<String> generator) {
    try {
      if (Files.exists(file)) {
        return Files.readString(file, StandardCharsets.UTF_8).trim();
      }
      Files.createDirectories(file.toAbsolutePath().getParent());
      Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".secret-", ".tmp");
      try {
        if (Files.getFileStore(temporary).supportsFileAttributeView("posix")) {
          Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        }
        Files.writeString(temporary, generator.get() + "\n", StandardCharsets.UTF_8);
        Files.createLink(file, temporary);
      } catch (FileAlreadyExistsException lostTheRace) {
        // another hub created it first: use theirs
      } finally {
        Files.deleteIfExists(temporary);
      }
      return Files.readString(file, StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or create the secret file " + file, e);
    }
  }
}
