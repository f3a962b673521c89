package org.pmdc.hub.translation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.pmdc.hub.api.RowError;
import org.pmdc.hub.api.RowErrors;
import org.pmdc.hub.canonical.CanonicalNoticeJson;
import org.pmdc.hub.canonical.RecordDraft;
import org.pmdc.hub.canonical.Validation;
import org.springframework.stereotype.Component;

/**
 * The dry-run document of {@code POST /api/v1/mappings/preview}: the data at each stage — the
 * mapping chosen, the first source rows as parsed, the canonical notice with its first allocations
 * — and every error and warning (the first {@link org.pmdc.hub.api.RowErrors#KEPT}, and a count of
 * all). A file of many records lists each record found with its verdict, and shows the first
 * record's canonical form. Nothing is kept.
 */
@Component("mappingPreview")
public class MappingPreview {

  private final ObjectMapper json;
  private final CanonicalNoticeJson canonicalJson;

  MappingPreview(ObjectMapper json, CanonicalNoticeJson canonicalJson) {
    this.json = json;
    this.canonicalJson = canonicalJson;
  }

  /** @param validations the verdict on each record, in file order */
  public String document(Translation translation, List<Validation> validations) throws JsonProcessingException {
    ObjectNode doc = json.createObjectNode();
    Validation first = validations.get(0);
    doc.put("accepted", validations.stream().allMatch(Validation::accepted));
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
    if (first.accepted()) {
      doc.set("canonical", json.readTree(canonicalJson.withLines(
          first.notice(), translation.shown().allocations(), translation.shown().lines())));
    } else {
      doc.putNull("canonical");
    }
    List<RecordDraft> drafts = translation.drafts().records();
    doc.put("errorCount", drafts.stream().mapToLong(draft -> draft.errors().count()).sum());
    doc.set("errors", json.valueToTree(kept(validations.stream().flatMap(v -> v.errors().stream()))));
    doc.set("warnings", json.valueToTree(kept(Stream.concat(translation.drafts().fileWarnings().kept().stream(),
        drafts.stream().flatMap(draft -> draft.warnings().kept().stream())))));
    if (translation.drafts().grouped()) {
      ArrayNode records = doc.putArray("records");
      validations.forEach(validation -> records.add(record(validation)));
    }
    return json.writeValueAsString(doc);
  }

  /** One record of a many-record file: what it is, and whether it would be stored. */
  private ObjectNode record(Validation validation) {
    RecordDraft draft = validation.draft();
    ObjectNode record = json.createObjectNode()
        .put("record", draft.recordNo())
        .put("fund", draft.fundCode())
        .put("reference", Objects.toString(draft.header().get(draft.type().referenceField()), null))
        .put("rowCount", draft.lines().rows())
        .put("outcome", validation.accepted() ? "accepted" : "rejected")
        .put("errorCount", draft.errors().count());
    record.set("errors", json.valueToTree(validation.errors()));
    return record;
  }

  private static List<RowError> kept(Stream<RowError> errors) {
    return errors.limit(RowErrors.KEPT).toList();
  }
}
