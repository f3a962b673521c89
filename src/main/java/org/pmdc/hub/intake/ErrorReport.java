package org.pmdc.hub.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.pmdc.hub.canonical.SpreadsheetText;
import org.springframework.stereotype.Component;

/**
 * The error report written beside a rejected file: {@code <name>.errors.json} for programs and
 * {@code <name>.errors.csv} for a person with a spreadsheet (row, column, value, reason). Values
 * that a spreadsheet would run as a formula are written with a leading apostrophe.
 */
@Component("errorReport")
public class ErrorReport {

  private final ObjectMapper json;

  ErrorReport(ObjectMapper json) {
    this.json = json;
  }

  /** @param errors the errors as JSON text (from the submission) or as objects */
  public String json(String fileName, Object submissionId, Object errors) throws JsonProcessingException {
    ObjectNode report = json.createObjectNode();
    report.put("file", fileName);
    report.put("submission", submissionId == null ? null : submissionId.toString());
    report.put("status", "rejected");
    report.set("errors", tree(errors));
    return json.writerWithDefaultPrettyPrinter().writeValueAsString(report);
  }

  public String csv(Object errors) throws JsonProcessingException {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("row", "column", "value", "reason").get())) {
      for (JsonNode error : tree(errors)) {
        printer.printRecord(text(error, "row"), text(error, "field"), SpreadsheetText.defused(text(error, "value")), text(error, "message"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private JsonNode tree(Object errors) throws JsonProcessingException {
    return errors instanceof String text ? json.readTree(text) : json.valueToTree(errors);
  }

  private static String text(JsonNode error, String field) {
    JsonNode value = error.get(field);
    return value == null || value.isNull() ? "" : value.asText();
  }
}
