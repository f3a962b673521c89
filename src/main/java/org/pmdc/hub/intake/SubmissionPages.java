package org.pmdc.hub.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.pmdc.hub.api.ProblemException;
import org.pmdc.hub.api.RowError;
import org.springframework.stereotype.Component;

/**
 * A publisher's submission history, newest first, a page at a time ({@code GET
 * /api/v1/submissions}): the query's filters from the request, and the opaque cursor of the next
 * page. Pages are keyed on the submission's position, so new submissions never shift them.
 */
@Component("submissionPages")
public class SubmissionPages {

  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 500;
  private static final Set<String> STATUSES =
      Set.of("received", "processing", "awaiting_translation", "stored", "partially_stored", "unchanged", "rejected",
          "quarantined", "failed");

  private final ObjectMapper json;

  SubmissionPages(ObjectMapper json) {
    this.json = json;
  }

  /** Named parameters of {@code sql/intake/submission-page.sql}. */
  public Map<String, Object> query(Exchange exchange, String publisherCode) {
    Message request = exchange.getMessage();
    Map<String, Object> query = new HashMap<>();
    query.put("publisher", publisherCode);
    String status = request.getHeader("status", String.class);
    if (status != null && !STATUSES.contains(status)) {
      throw invalid("status", status, "must be one of " + STATUSES);
    }
    query.put("status", status);
    query.put("receivedFrom", time(request, "receivedFrom"));
    query.put("receivedBefore", time(request, "receivedBefore"));
    query.put("limit", limit(request.getHeader("limit", String.class)));
    query.put("after", position(request.getHeader("cursor", String.class)));
    return query;
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
    page.put("next", full ? cursor(((Number) rows.get(rows.size() - 1).get("id")).longValue()) : null);
    return page;
  }

  private static String cursor(long position) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(("s:" + position).getBytes(StandardCharsets.UTF_8));
  }

  private static Long position(String cursor) {
    if (cursor == null) {
      return null;
    }
    try {
      String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (decoded.startsWith("s:")) {
        return Long.parseLong(decoded.substring(2));
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw invalid("cursor", cursor, "not a cursor this API returned");
  }

  private static int limit(String text) {
    if (text == null) {
      return DEFAULT_LIMIT;
    }
    try {
      int limit = Integer.parseInt(text);
      if (limit >= 1 && limit <= MAX_LIMIT) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw invalid("limit", text, "must be a whole number from 1 to " + MAX_LIMIT);
  }

  private static OffsetDateTime time(Message request, String name) {
    String text = request.getHeader(name, String.class);
    try {
      return text == null ? null : OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      throw invalid(name, text, "must be an ISO 8601 date-time with offset, e.g. 2026-11-01T00:00:00Z");
    }
  }

  private static ProblemException invalid(String field, String value, String message) {
    return ProblemException.invalid("Invalid query parameter '" + field + "'.", List.of(RowError.ofNotice(field, value, message)));
  }
}
