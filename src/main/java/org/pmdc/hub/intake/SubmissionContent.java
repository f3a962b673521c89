package org.pmdc.hub.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.pmdc.hub.api.ProblemException;
import org.pmdc.hub.database.SqlFiles;
import org.pmdc.hub.translation.Content;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Component;

/**
 * A submission's raw bytes in {@code submission_content}, in parts of at most 1 MiB, written and
 * read as streams: a file larger than the heap is stored and processed without ever being whole in
 * memory. Reading fetches one part at a time and holds no connection in between, so a long parse
 * does not keep one from the pool. Run from Java, not from a route: a stream of parts is not one
 * statement's parameters.
 */
@Component("submissionContent")
public class SubmissionContent {

  private static final int PART_SIZE = 1 << 20;

  private final SqlFiles sql;

  SubmissionContent(SqlFiles sql) {
    this.sql = sql;
  }

  /**
   * Writes the bytes of a new submission on the connection of the current transaction, the one
   * that inserted the submission row: both are stored, or neither.
   */
  public void write(long submissionId, RawInput raw) throws IOException {
    try (InputStream in = raw.open()) {
      int part = 0;
      byte[] bytes;
      do {
        bytes = in.readNBytes(PART_SIZE);
        sql.statement("intake/insert-content-part.sql")
            .param("submissionId", submissionId).param("part", part++).param("bytes", bytes).update();
      } while (bytes.length == PART_SIZE);
    }
  }

  /**
   * The stored bytes, readable as often as needed (a submission is read several times: recognised,
   * hashed, parsed). The first part is fetched once: for most submissions it is all of them.
   */
  public Content content(long submissionId) {
    return new Content() {
      private byte[] firstPart;

      @Override
      public synchronized InputStream open() {
        if (firstPart == null) {
          firstPart = Objects.requireNonNullElse(fetch(submissionId, 0), new byte[0]);
        }
        return stream(submissionId, firstPart);
      }
    };
  }

  /**
   * {@code GET /submissions/{id}/content}: the bytes as received, streamed part by part, with the
   * type they were sent with and their file name; 404 when the body (the row of
   * {@code sql/intake/submission-content.sql}) is empty.
   */
  public void answer(Exchange exchange, UUID publicId) throws IOException {
    Message message = exchange.getMessage();
    @SuppressWarnings("unchecked")
    Map<String, Object> submission = message.getBody(Map.class);
    if (submission == null) {
      throw ProblemException.notFound("No submission " + publicId + " for this publisher.");
    }
    String fileName = (String) submission.get("file_name");
    message.removeHeaders("*");
    message.setHeader(Exchange.CONTENT_TYPE, submission.get("content_type"));
    message.setHeader("Content-Disposition", ContentDisposition.attachment()
        .filename(fileName == null ? publicId + ".bin" : fileName, StandardCharsets.UTF_8).build().toString());
    message.setBody(content(((Number) submission.get("id")).longValue()).open());
  }

  /** The stored bytes as one stream, each part after the first fetched as it is reached. */
  private InputStream stream(long submissionId, byte[] firstPart) {
    return new SequenceInputStream(new Enumeration<InputStream>() {
      private int part;
      private byte[] next = firstPart;

      @Override
      public boolean hasMoreElements() {
        return next != null;
      }

      @Override
      public InputStream nextElement() {
        if (next == null) {
          throw new NoSuchElementException();
        }
        InputStream current = new ByteArrayInputStream(next);
        // Every part but the last is full (write): a shorter one ends the content, no query needed.
        next = next.length < PART_SIZE ? null : fetch(submissionId, ++part);
        return current;
      }
    });
  }

  private byte[] fetch(long submissionId, int part) {
    return sql.statement("intake/content-part.sql")
        .param("submissionId", submissionId).param("part", part)
        .query(byte[].class)
        .optional()
        .orElse(null);
  }
}
