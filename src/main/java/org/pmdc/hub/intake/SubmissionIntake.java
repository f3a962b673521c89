package org.pmdc.hub.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.pmdc.hub.api.ProblemException;
import org.pmdc.hub.translation.MappingRegistry;
import org.springframework.stereotype.Component;
import org.springframework.util.InvalidMimeTypeException;
import org.springframework.util.MimeType;

/**
 * Checks a REST submission before it is stored and prepares the row to store: the publisher
 * header, the content type and the sha256 (the size is checked as the body is read: {@code BodyReading}). Used by the {@code submit-notice} route.
 */
@Component("submissionIntake")
public class SubmissionIntake {

  /** Exchange property: the values (JSON) an endpoint that sends a submission gives its mapping's request rules. */
  public static final String REQUEST_VALUES = "submissionRequestValues";

  private final MappingRegistry mappings;

  SubmissionIntake(MappingRegistry mappings) {
    this.mappings = mappings;
  }

  /** Fails unless the publisher row (from {@code sql/intake/publisher.sql}) is active. */
  public long requireActive(Map<String, Object> publisher, String code) {
    if (publisher == null || !"active".equals(publisher.get("status"))) {
      throw new ProblemException(
          403, "publisher-not-active", "Publisher not active",
          "'" + code + "' is not an active publisher of this hub.");
    }
    return ((Number) publisher.get("id")).longValue();
  }

  /**
   * The parameters of {@code sql/intake/insert-submission.sql} for the request in the exchange:
   * the raw body, or the one file of a {@code multipart/form-data} upload (its type from its part
   * or its name, its name kept without any path).
   */
  public Map<String, Object> submissionRow(Exchange exchange, long publisherId, String publisherCode)
      throws IOException {
    Message message = exchange.getMessage();
    String fileName = null;
    String declaredType = message.getHeader(Exchange.CONTENT_TYPE, String.class);
    byte[] raw;
    if (message.getBody() instanceof Path upload) {
      fileName = FileNames.withoutPath(message.getHeader(Exchange.FILE_NAME, String.class));
      String partType = message.getHeader(Exchange.FILE_CONTENT_TYPE, String.class);
      declaredType = partType != null && !partType.startsWith("application/octet-stream")
          ? partType : FileTypes.contentTypeOf(fileName).orElse(partType);
      raw = Files.readAllBytes(upload);
      Files.deleteIfExists(upload);
    } else {
      if (declaredType != null && declaredType.startsWith("multipart/")) {
        throw ProblemException.badRequest("Send exactly one file per multipart request.");
      }
      raw = message.getBody(byte[].class);
    }
    if (raw == null || raw.length == 0) {
      throw ProblemException.badRequest("The request body is empty; send the notice as JSON or CSV.");
    }
    String contentType = contentType(declaredType);
    String mappingId = message.getHeader("X-PMDC-Mapping", String.class);
    if (mappingId != null && mappings.findFor(mappingId, publisherCode).isEmpty()) {
      throw ProblemException.invalid("No mapping open to publisher '" + publisherCode + "' has the id '" + mappingId
          + "' (X-PMDC-Mapping); GET /api/v1/mappings lists those that are.", List.of());
    }
    Map<String, Object> row = NewSubmission.row(publisherId, publisherCode, "rest", contentType, fileName,
        message.getHeader("Idempotency-Key", String.class), mappingId, RawInput.of(raw));
    row.put("requestValues", exchange.getProperty(REQUEST_VALUES, String.class));
    return row;
  }

  private String contentType(String header) {
    MimeType type;
    try {
      type = header == null ? null : MimeType.valueOf(header);
    } catch (InvalidMimeTypeException e) {
      type = null;
    }
    if (type == null || !mappings.acceptsContentType(type.getType() + "/" + type.getSubtype())) {
      throw new ProblemException(415, "unsupported-media-type", "Unsupported media type",
          "Content-Type '" + header + "' is not accepted; send " + String.join(", ", mappings.acceptedContentTypes())
              + ", or one such file as multipart/form-data.");
    }
    return type.toString();
  }

  /**
   * Checks that a submission found again by its Idempotency-Key carries the same body: reusing a
   * key for different content is a client error, not a duplicate.
   */
  public void requireSameContent(Map<String, Object> existing, Map<String, Object> row) {
    if (!existing.get("sha256").equals(row.get("sha256"))) {
      throw new ProblemException(422, "idempotency-key-reused", "Idempotency-Key reused",
          "Idempotency-Key '" + row.get("idempotencyKey") + "' was used for submission "
              + existing.get("public_id") + " with different content.");
    }
    if (!Boolean.TRUE.equals(existing.get("same_request"))) {
      throw new ProblemException(409, "already-submitted", "Already submitted another way",
          "This content is submission " + existing.get("public_id") + ", sent for another company or through"
              + " another endpoint; a file is one submission, so send each company's own.");
    }
  }

  /** The submission id from the URL; anything that is not a UUID cannot exist, so 404. */
  public UUID submissionId(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw ProblemException.notFound("No submission " + id + ".");
    }
  }

  /** The status document, or 404 when it does not exist or belongs to another publisher. */
  public String requireFound(String document, UUID id) {
    if (document == null) {
      throw ProblemException.notFound("No submission " + id + " for this publisher.");
    }
    return document;
  }

  /**
   * The answer to a re-run ({@code sql/intake/rerun-submission.sql}): the submission's id once it
   * is queued again; 404 when there is no such submission, 409 when it is not quarantined or
   * failed (a stored one is never processed twice).
   */
  public Map<String, Object> rerun(Map<String, Object> row, UUID id) {
    if (row == null) {
      throw ProblemException.notFound("No submission " + id + ".");
    }
    if (!Boolean.TRUE.equals(row.get("rerun"))) {
      throw new ProblemException(409, "not-rerunnable", "Not re-runnable",
          "Submission " + id + " is " + row.get("previous_status") + "; only quarantined or failed submissions are re-run.");
    }
    return Map.of("id", id.toString(), "status", "received", "previousStatus", row.get("previous_status"));
  }
}
