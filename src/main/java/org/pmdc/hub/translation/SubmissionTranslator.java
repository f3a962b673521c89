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
 * Translates a stored submission into a canonical draft with the local mapping engine: picks the
 * mapping (the one the publisher named, else the one that recognises the input), parses the raw
 * bytes and applies the mapping. Called by the {@code process-submission} route with the claimed
 * submission row.
 */
@Component("submissionTranslator")
public class SubmissionTranslator {

  private final MappingRegistry mappings;

  SubmissionTranslator(MappingRegistry mappings) {
    this.mappings = mappings;
  }

  public NoticeDraft translate(Map<String, Object> submission) {
    SubmissionRef ref =
        new SubmissionRef(
            ((Number) submission.get("id")).longValue(),
            (UUID) submission.get("public_id"),
            ((Number) submission.get("publisher_id")).longValue(),
            (String) submission.get("publisher_code"));
    byte[] raw = (byte[]) submission.get("raw");
    MimeType contentType = MimeType.valueOf((String) submission.get("content_type"));
    String requested = (String) submission.get("mapping_id");
    String baseType = contentType.getType() + "/" + contentType.getSubtype();

    List<Mapping> candidates =
        requested != null
            ? mappings.find(requested).map(List::of).orElse(List.of())
            : mappings.candidates(baseType, ref.publisherCode());
    if (candidates.isEmpty()) {
      return NoticeDraft.unmapped(ref, List.of(RowError.ofNotice(null, requested,
          requested != null ? "no mapping has this id" : "no mapping accepts " + baseType)));
    }
    List<RowError> unreadable = new ArrayList<>();
    for (Mapping mapping : candidates) {
      Charset charset = contentType.getCharset() != null
          ? contentType.getCharset()
          : Charset.forName(mapping.source().encoding());
      try {
        SourceRows rows = SourceParser.parse(raw, charset, mapping.source());
        if (requested != null || mapping.match().recognises(rows)) {
          return new MappingEngine(mapping).apply(ref, rows);
        }
      } catch (UnreadableSourceException e) {
        unreadable.add(e.error());
      }
    }
    return NoticeDraft.unmapped(ref, unreadable.isEmpty()
        ? List.of(RowError.ofNotice(null, null, "no mapping recognises this " + baseType
            + " input; name one with the X-PMDC-Mapping header or add one to mappings/"))
        : List.of(unreadable.get(0)));
  }
}
