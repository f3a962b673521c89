package org.pmdc.hub.translation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.pmdc.hub.canonical.CanonicalNoticeJson;
import org.pmdc.hub.canonical.Validation;
import org.springframework.stereotype.Component;

/**
 * The dry-run document of {@code POST /api/v1/mappings/preview}: the data at each stage — the
 * mapping chosen, the first source rows as parsed, the canonical notice with its first allocations
 * — and every error and warning (the first {@link org.pmdc.hub.api.RowErrors#KEPT}, and a count of
 * all). Nothing is kept.
 */
@Component("mappingPreview")
public class MappingPreview {

  private final ObjectMapper json;
  private final CanonicalNoticeJson canonicalJson;

  MappingPreview(ObjectMapper json, CanonicalNoticeJson canonicalJson) {
    this.json = json;
    this.canonicalJson = canonicalJson;
  }

  public String document(Translation translation, Validation validation) throws JsonProcessingException {
    ObjectNode doc = json.createObjectNode();
    doc.put("accepted", validation.accepted());
    Mapping mapping = translation.mapping();
    if (mapping == null) {
      doc.putNull("mapping");
    } else {
      doc.putObject("mapping").put("id", mapping.id()).put("version", mapping.version())
          .put("recordType", mapping.recordType().code()).put("file", mapping.file());
    }
    if (translation.source() == null) {
      doc.putNull("source");
    } else {
      ObjectNode source = doc.putObject("source");
      source.set("columns", json.valueToTree(translation.source().columns()));
      source.put("rowCount", translation.source().rowCount());
      var rows = source.putArray("rows");
      translation.source().rows().forEach(row -> {
        ObjectNode node = rows.addObject().put("row", row.number());
        node.set("values", json.valueToTree(row.values()));
      });
    }
    if (validation.accepted()) {
      doc.set("canonical", json.readTree(canonicalJson.withLines(
          validation.notice(), translation.shown().allocations(), translation.shown().lines())));
    } else {
      doc.putNull("canonical");
    }
    doc.put("errorCount", translation.draft().errors().count());
    doc.set("errors", json.valueToTree(validation.errors()));
    doc.set("warnings", json.valueToTree(translation.draft().warnings().kept()));
    return json.writeValueAsString(doc);
  }
}
