package org.pmdc.hub.canonical;

import java.util.Map;
import java.util.UUID;

/**
 * Lineage: the submission a canonical record came from, and its publisher; with the values the
 * request that sent it gave for its mapping's {@code request} rules (an upload to one company's
 * payments endpoint: the company, its fund and currency, the batch's reference and date), none for
 * any other submission.
 */
public record SubmissionRef(long id, UUID publicId, long publisherId, String publisherCode, Map<String, String> request) {

  public SubmissionRef(long id, UUID publicId, long publisherId, String publisherCode) {
    this(id, publicId, publisherId, publisherCode, Map.of());
  }
}
