package org.pmdc.hub.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.camel.Exchange;
import org.pmdc.hub.api.PageRequest;
import org.pmdc.hub.api.RequestReader;
import org.springframework.stereotype.Component;

/**
 * A publisher's submission history, newest first, a page at a time ({@code GET
 * /api/v1/submissions}): the query's filters from the request, and the opaque cursor of the next
 * page. Pages are keyed on the submission's position, so new submissions never shift them.
 */
@Component("submissionPages")
public class SubmissionPages {

  private static final Set<String> STATUSES =
      Set.of("received", "processing", "awaiting_translation", "stored", "partially_stored", "unchanged", "rejected",
          "quarantined", "failed");

  private static final int DEFAULT_LINES_PER_RECORD = 100;
  private static final int MAX_LINES_PER_RECORD = 1000;

  private final ObjectMapper json;

  SubmissionPages(ObjectMapper json) {
    this.json = json;
  }

  /**
   * Named parameters of {@code sql/intake/submission-page.sql}: a publisher's own submissions (the
   * token names it, whatever {@code ?publisher=} says); for staff the one named, or all.
   */
  public Map<String, Object> query(Exchange exchange, String publisherCode) {
    RequestReader in = RequestReader.query(exchange.getMessage(), "publisher", "status", "receivedFrom", "receivedBefore");
    PageRequest page = in.page();
    String status = in.text("status", false);
    in.check(status == null || STATUSES.contains(status), "status", status, "must be one of " + STATUSES);
    Map<String, Object> query = new HashMap<>();
    query.put("publisher", publisherCode != null ? publisherCode : in.text("publisher", false));
    query.put("status", status);
    query.put("receivedFrom", in.dateTime("receivedFrom"));
    query.put("receivedBefore", in.dateTime("receivedBefore"));
    query.put("limit", page.limit());
    query.put("after", page.cursor());
    return in.done(query);
  }

  /** {@code ?lines=} of {@code GET /submissions/{id}/records}: how many lines of each record to include. */
  public int linesPerRecord(Exchange exchange) {
    RequestReader in = RequestReader.query(exchange.getMessage(), "lines");
    Integer lines = in.wholeNumber("lines", 1, MAX_LINES_PER_RECORD);
    in.done(Map.of());
    return lines == null ? DEFAULT_LINES_PER_RECORD : lines;
  }

  /** The page document: the items, and the cursor of the next page when there may be one. */
  public Map<String, Object> page(List<Map<String, Object>> rows, Map<String, Object> query)
      throws JsonProcessingException {
    List<JsonNode> items = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      items.add(json.readTree((String) row.get("item")));
    }
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("items", items);
    boolean full = rows.size() == (int) query.get("limit");
    page.put("nextCursor", full ? rows.get(rows.size() - 1).get("id").toString() : null);
    return page;
  }
}
