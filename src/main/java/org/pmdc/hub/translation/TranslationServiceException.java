package org.pmdc.hub.translation;

/**
 * The translation service could not translate a batch: unreachable, timed out, or it answered an
 * error. Not the publisher's fault, so the submission is not rejected: its attempt fails and is
 * retried after the lease, the vendor's message kept as its last error.
 */
public class TranslationServiceException extends RuntimeException {

  TranslationServiceException(String message) {
    super(message);
  }
}
