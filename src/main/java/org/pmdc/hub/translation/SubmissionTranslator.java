package org.pmdc.hub.translation;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pmdc.hub.api.RowError;
import org.pmdc.hub.canonical.NoticeDraft;
import org.pmdc.hub.canonical.SubmissionRef;
import org.springframework.stereotype.Component;
import org.springframework.util.MimeType;

/**
 * Translates raw input into a canonical draft with the local mapping engine: picks the mapping
 * (the one the publisher named, else the one that recognises the input), parses the bytes and
 * applies the mapping. The {@code translate-and-store} route calls it with a claimed submission;
 * the preview route with an input that is never stored.
 */
@Component("submissionTranslator")
public class SubmissionTranslator {

  private final MappingRegistry mappings;

  SubmissionTranslator(MappingRegistry mappings) {
    this.mappings = mappings;
  }

  /** The draft of a claimed submission row ({@code sql/processing/claim-submission.sql}). */
  public NoticeDraft translate(Map<String, Object> submission) {
    SubmissionRef ref =
        new SubmissionRef(
            ((Number) submission.get("id")).longValue(),
            (UUID) submission.get("public_id"),
            ((Number) submission.get("publisher_id")).longValue(),
            (String) submission.get("publisher_code"));
    return translate(ref, (byte[]) submission.get("raw"), (String) submission.get("content_type"),
        (String) submission.get("file_name"), (String) submission.get("mapping_id")).draft();
  }

  /** Every stage of translating an input, for the preview (nothing is stored). */
  public Translation preview(Map<String, Object> submissionRow) {
    SubmissionRef ref = new SubmissionRef(0, null, ((Number) submissionRow.get("publisherId")).longValue(),
        (String) submissionRow.get("publisherCode"));
    return translate(ref, (byte[]) submissionRow.get("raw"), (String) submissionRow.get("contentType"),
        (String) submissionRow.get("fileName"), (String) submissionRow.get("mappingId"));
  }

  private Translation translate(SubmissionRef ref, byte[] raw, String type, String fileName, String requested) {
    MimeType contentType = MimeType.valueOf(type);
    String baseType = contentType.getType() + "/" + contentType.getSubtype();
    List<Mapping> candidates =
        requested != null
            ? mappings.find(requested).map(List::of).orElse(List.of())
            : mappings.candidates(baseType, ref.publisherCode(), fileName);
    if (candidates.isEmpty()) {
      return unmapped(ref, RowError.ofNotice(null, requested,
          requested != null ? "no mapping has this id" : "no mapping accepts " + baseType));
    }
    List<RowError> unreadable = new ArrayList<>();
    for (Mapping mapping : candidates) {
      Charset charset = contentType.getCharset() != null
          ? contentType.getCharset()
          : Charset.forName(mapping.source().encoding());
      try {
        SourceRows rows = SourceParser.parse(raw, charset, mapping.source());
        if (requested != null || mapping.match().recognises(rows)) {
          return new Translation(mapping, rows, new MappingEngine(mapping).apply(ref, rows));
        }
      } catch (UnreadableSourceException e) {
        unreadable.add(e.error());
      }
    }
    return unmapped(ref, unreadable.isEmpty()
        ? RowError.ofNotice(null, null, "no mapping recognises this " + baseType
            + " input; name one with the X-PMDC-Mapping header or add one to mappings/")
        : unreadable.get(0));
  }

  private static Translation unmapped(SubmissionRef ref, RowError error) {
    return new Translation(null, null, NoticeDraft.unmapped(ref, List.of(error)));
  }
}
