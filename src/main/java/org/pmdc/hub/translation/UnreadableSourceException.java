package org.pmdc.hub.translation;

import org.pmdc.hub.api.RowError;

/** The input cannot be parsed in the format its mapping declares. */
class UnreadableSourceException extends Exception {

  private final RowError error;

  UnreadableSourceException(Integer row, String message) {
    super(message);
    this.error = new RowError(row, null, null, message);
  }

  RowError error() {
    return error;
  }
}
