package org.pmdc.hub.translation;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.pmdc.hub.api.RowError;
import org.pmdc.hub.canonical.LineStaging;
import org.pmdc.hub.canonical.RecordDraft;
import org.pmdc.hub.canonical.RecordDrafts;
import org.pmdc.hub.canonical.SubmissionRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.MimeType;

/**
 * Translates raw input into a canonical draft with the local mapping engine, in one streaming pass:
 * picks the mapping (the one the publisher named, else the first whose recognition fits the
 * input's columns and first row), then reads every row through it, staging the valid lines.
 * The {@code translate-and-store} route calls it with a claimed submission; the preview route with
 * an input that is never stored.
 */
@Component("submissionTranslator")
public class SubmissionTranslator {

  private static final Logger LOG = LoggerFactory.getLogger(SubmissionTranslator.class);

  /** Source rows and lines the preview shows; its counts cover them all. */
  static final int ROWS_SHOWN = 50;

  private final MappingRegistry mappings;
  private final ObjectMapper json;
  private final LineStaging staging;
  private final TranslationService service;
  private final TranslationOutage outage;

  SubmissionTranslator(MappingRegistry mappings, LineStaging staging, TranslationService service,
      TranslationOutage outage, ObjectMapper json) {
    this.json = json;
    this.mappings = mappings;
    this.staging = staging;
    this.service = service;
    this.outage = outage;
  }

  /**
   * The drafts of a claimed submission row ({@code sql/processing/claim-submission.sql}), one per
   * record; their valid lines are staged under the submission's id and each record's number. The
   * pass tells {@code progress} how far it has read.
   */
  public RecordDrafts translate(Map<String, Object> submission, Content content, PassProgress progress)
      throws IOException, SQLException {
    outage.refuseWhileOn();
    SubmissionRef ref =
        new SubmissionRef(
            ((Number) submission.get("id")).longValue(),
            (UUID) submission.get("public_id"),
            ((Number) submission.get("publisher_id")).longValue(),
            (String) submission.get("publisher_code"),
            requestValues((String) submission.get("request_values")));
    return translate(ref, content, (String) submission.get("content_type"), (String) submission.get("file_name"),
        (String) submission.get("mapping_id"), null, progress).drafts();
  }

  private Map<String, String> requestValues(String stored) throws IOException {
    return stored == null ? Map.of() : json.readValue(stored, new TypeReference<Map<String, String>>() {});
  }

  /** The id a preview stages its lines under: negative, so no submission has it. */
  public long newPreviewId() {
    return ThreadLocalRandom.current().nextLong(Long.MIN_VALUE, 0);
  }

  /**
   * Every stage of translating an input, for the preview. The lines are staged like a
   * submission's (so the same SQL finds repeated keys), under {@code previewId}; the route
   * removes them, whatever happens.
   */
  public Translation preview(Map<String, Object> submissionRow, Content content, long previewId)
      throws IOException, SQLException {
    SubmissionRef ref = new SubmissionRef(previewId, null,
        ((Number) submissionRow.get("publisherId")).longValue(), (String) submissionRow.get("publisherCode"));
    return translate(ref, content, (String) submissionRow.get("contentType"), (String) submissionRow.get("fileName"),
        (String) submissionRow.get("mappingId"), new PreviewLines(ROWS_SHOWN), PassProgress.NONE);
  }

  /**
   * @param shown for the preview: keeps the first lines (and the source's first rows are kept too);
   *     null when processing
   */
  private Translation translate(SubmissionRef ref, Content content, String type, String fileName, String requested,
      PreviewLines shown, PassProgress progress) throws IOException, SQLException {
    MimeType contentType = MimeType.valueOf(type);
    String baseType = contentType.getType() + "/" + contentType.getSubtype();
    List<Mapping> candidates =
        requested != null
            ? mappings.findFor(requested, ref.publisherCode()).map(List::of).orElse(List.of())
            : mappings.candidates(baseType, ref.publisherCode(), fileName);
    if (candidates.isEmpty()) {
      return unmapped(ref, RowError.ofNotice(null, requested,
          requested != null ? "no mapping has this id" : "no mapping accepts " + baseType));
    }
    RowError unreadable = null;
    for (Mapping mapping : candidates) {
      Charset charset = contentType.getCharset() != null
          ? contentType.getCharset()
          : Charset.forName(mapping.source().encoding());
      try {
        if (requested == null && !recognises(mapping, content, charset)) {
          continue;
        }
      } catch (UnreadableSourceException e) {
        unreadable = unreadable == null ? e.error() : unreadable;
        continue;
      }
      return read(ref, content, charset, mapping, shown, new PassCounter(progress));
    }
    return unmapped(ref, unreadable != null
        ? unreadable
        : RowError.ofNotice(null, null, "no mapping recognises this " + baseType
            + " input; name one with the X-PMDC-Mapping header or add one to mappings/"));
  }

  /**
   * The one pass over the whole input with the chosen mapping, staging the valid lines: through
   * the local mapping engine, or through the translation service when the layout says so. When the
   * service is unavailable (breaker open, retries used up), a layout that also maps its fields
   * locally is read again that way; one that does not waits for the service.
   */
  private Translation read(SubmissionRef ref, Content content, Charset charset, Mapping mapping, PreviewLines shown,
      PassCounter counter) throws IOException, SQLException {
    if (!mapping.translator().isSaas()) {
      return pass(ref, content, charset, mapping, false, shown, counter);
    }
    try {
      return pass(ref, content, charset, mapping, true, shown, counter);
    } catch (TranslationServiceException e) {
      if (!e.unavailable()) {
        throw e;
      }
      if (!mapping.hasLocalRules()) {
        throw new AwaitingTranslationException(e.getMessage());
      }
      LOG.warn("Translation service unavailable ({}); mapping {} falls back on its local rules", e.getMessage(), mapping.id());
      return pass(ref, content, charset, mapping, false, shown == null ? null : new PreviewLines(ROWS_SHOWN), counter);
    }
  }

  private Translation pass(SubmissionRef ref, Content content, Charset charset, Mapping mapping, boolean byService,
      PreviewLines shown, PassCounter counter) throws IOException, SQLException {
    SourceSample sample = shown == null ? null : SourceSample.firstRowsOf(ROWS_SHOWN);
    try (LineStaging.Writer writer = staging.open(ref.id(), mapping.recordType())) {
      MappingEngine engine = new MappingEngine(byService ? Mapping.canonical(mapping) : mapping, byService, ref,
          shown == null ? writer : shown.before(writer));
      TranslationProvider provider = byService ? new ServiceTranslatedRows(service, ref, mapping, engine) : engine;
      try {
        SourceParser.parse(counter.counting(content), charset, mapping.source(),
            counter.counting(sample == null ? provider : RowHandler.both(provider, sample)));
        counter.readAll();
      } catch (UnreadableSourceException e) {
        return new Translation(mapping, null,
            RecordDrafts.one(RecordDraft.unreadable(ref, mapping.id(), mapping.version(), e.error())), shown);
      }
      return new Translation(mapping, sample, provider.finish(), shown);
    }
  }

  /** Reads the columns and the first row only. */
  private static boolean recognises(Mapping mapping, Content content, Charset charset) throws IOException {
    SourceSample head = SourceSample.head();
    SourceParser.parse(content, charset, mapping.source(), head);
    return mapping.match().recognises(head);
  }

  private static Translation unmapped(SubmissionRef ref, RowError error) {
    return new Translation(null, null, RecordDrafts.one(RecordDraft.unreadable(ref, null, 0, error)), null);
  }
}
