package org.pmdc.hub.translation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.pmdc.hub.canonical.Validation;
import org.springframework.stereotype.Component;

/**
 * The dry-run document of {@code POST /api/v1/mappings/preview}: the data at each stage — the
 * mapping chosen, the source rows as parsed, the canonical notice — and every error and warning.
 * Nothing is written.
 */
@Component("mappingPreview")
public class MappingPreview {

  /** Source rows shown; the counts cover them all. */
  static final int ROWS_SHOWN = 50;

  private final ObjectMapper json;

  MappingPreview(ObjectMapper json) {
    this.json = json;
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
      source.put("rowCount", translation.source().rows().size());
      var rows = source.putArray("rows");
      translation.source().rows().stream().limit(ROWS_SHOWN).forEach(row -> {
        ObjectNode node = rows.addObject().put("row", row.number());
        node.set("values", json.valueToTree(row.values()));
      });
    }
    if (validation.accepted()) {
      doc.set("canonical", json.readTree(validation.notice().canonicalJson()));
    } else {
      doc.putNull("canonical");
    }
    doc.set("errors", json.valueToTree(validation.errors()));
    doc.set("warnings", json.valueToTree(translation.draft().warnings()));
    return json.writeValueAsString(doc);
  }
}
