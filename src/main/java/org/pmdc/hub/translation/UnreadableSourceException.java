package org.pmdc.hub.translation;

import java.io.IOException;
import org.pmdc.hub.api.RowError;

/**
 * The input cannot be parsed in the format its mapping declares. An {@link IOException}, so a
 * {@link java.io.Reader} can throw it from the middle of a stream.
 */
class UnreadableSourceException extends IOException {

  private final RowError error;

  UnreadableSourceException(Integer row, String message) {
    super(message);
    this.error = new RowError(row, null, null, message);
  }

  RowError error() {
    return error;
  }
}
