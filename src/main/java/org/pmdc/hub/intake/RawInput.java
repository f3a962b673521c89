package org.pmdc.hub.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.pmdc.hub.canonical.Hashes;
import org.pmdc.hub.translation.Content;

/**
 * A submission's bytes as received: a request body already in memory, or a file on disk that is
 * read as a stream (it may be larger than the heap). Can be read more than once: first for the
 * sha256 that de-duplicates it, then to store it.
 */
public interface RawInput extends Content {

  long size();

  static RawInput of(byte[] bytes) {
    return new RawInput() {
      @Override
      public InputStream open() {
        return new ByteArrayInputStream(bytes);
      }

      @Override
      public long size() {
        return bytes.length;
      }
    };
  }

  static RawInput of(Path file) {
    return new RawInput() {
      @Override
      public InputStream open() throws IOException {
        return Files.newInputStream(file);
      }

      @Override
      public long size() {
        try {
          return Files.size(file);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }

  /** The sha256 of the bytes, read as a stream. */
  default String sha256Hex() {
    try (InputStream in = open()) {
      return Hashes.sha256Hex(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
