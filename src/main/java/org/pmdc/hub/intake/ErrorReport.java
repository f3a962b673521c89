package org.pmdc.hub.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.pmdc.hub.canonical.SpreadsheetText;
import org.springframework.stereotype.Component;

/**
 * The error report written beside a rejected file: {@code <name>.errors.json} for programs and
 * {@code <name>.errors.csv} for a person with a spreadsheet (row, column, value, reason). Values
 * that a spreadsheet would run as a formula are written with a leading apostrophe. Beside a ledger
 * partly stored, it holds the rejected records' errors only, and the CSV starts with the record
 * (its reference) and fund each error belongs to.
 */
@Component("errorReport")
public class ErrorReport {

  private final ObjectMapper json;

  ErrorReport(ObjectMapper json) {
    this.json = json;
  }

  /**
   * @param status the submission's: {@code rejected}, or {@code partially_stored}
   * @param errors the errors as JSON text (from the submission) or as objects
   */
  public String json(String fileName, Object submissionId, String status, Object errors)
      throws JsonProcessingException {
    ObjectNode report = json.createObjectNode();
    report.put("file", fileName);
    report.put("submission", submissionId == null ? null : submissionId.toString());
    report.put("status", status);
    report.set("errors", tree(errors));
    return json.writerWithDefaultPrettyPrinter().writeValueAsString(report);
  }

  public String csv(Object errors) throws JsonProcessingException {
    JsonNode list = tree(errors);
    boolean ofRecords = list.findValue("record") != null;
    List<String> columns = ofRecords ? List.of("record", "fund", "row", "column", "value", "reason")
        : List.of("row", "column", "value", "reason");
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(columns.toArray(String[]::new)).get())) {
      for (JsonNode error : list) {
        if (ofRecords) {
          printer.print(text(error, "record"));
          printer.print(text(error, "fund"));
        }
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
