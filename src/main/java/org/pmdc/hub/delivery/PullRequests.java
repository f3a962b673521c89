package org.pmdc.hub.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.camel.Exchange;
import org.pmdc.hub.api.PageRequest;
import org.pmdc.hub.api.ProblemException;
import org.pmdc.hub.api.RowError;
import org.pmdc.hub.canonical.RecordType;
import org.springframework.stereotype.Component;

/**
 * Reads the requests of the LP pull API ({@code routes/lp-api.camel.yaml}) into the named
 * parameters of {@code sql/lp/*.sql}: who asks, which collection, the filters and the cursor.
 * Every invalid parameter is reported at once.
 */
@Component("pullRequests")
public class PullRequests {

  /** The collection in the URL of each record type. */
  private static final Map<String, RecordType> COLLECTIONS = new LinkedHashMap<>();

  static {
    COLLECTIONS.put("capital-calls", RecordType.CAPITAL_CALL);
    COLLECTIONS.put("distributions", RecordType.DISTRIBUTION);
    COLLECTIONS.put("capital-account-statements", RecordType.CAPITAL_ACCOUNT_STATEMENT);
    COLLECTIONS.put("schedules-of-investments", RecordType.SCHEDULE_OF_INVESTMENTS);
    COLLECTIONS.put("company-metrics", RecordType.COMPANY_QUARTERLY_METRICS);
  }

  private final ObjectMapper json;

  PullRequests(ObjectMapper json) {
    this.json = json;
  }

  /** Fails unless the subscriber's status ({@code sql/lp/subscriber-status.sql}) is active. */
  public void requireActive(String status, String code) {
    if (!"active".equals(status)) {
      throw new ProblemException(403, "subscriber-not-active", "Subscriber not active",
          "'" + code + "' is not an active subscriber of this hub.");
    }
  }

  /** {@code GET /lp/{collection}}: a page of current records with the filters. */
  public Map<String, Object> records(Exchange exchange) {
    Params in = new Params(exchange);
    Map<String, Object> row = in.base(recordType(exchange));
    row.put("fund", in.text("fund"));
    row.put("from", in.parsed("from", LocalDate::parse, "an ISO 8601 date such as 2026-11-20"));
    row.put("to", in.parsed("to", LocalDate::parse, "an ISO 8601 date such as 2026-11-20"));
    row.put("updatedSince", in.parsed("updated_since", Instant::parse, "an ISO 8601 instant such as 2026-11-20T00:00:00Z"));
    return in.done(row);
  }

  /** {@code GET /lp/{collection}/{id}}. */
  public Map<String, Object> record(Exchange exchange) {
    RecordType type = recordType(exchange);
    Map<String, Object> row = new HashMap<>();
    row.put("subscriber", exchange.getProperty("subscriber", String.class));
    row.put("recordType", type.code());
    row.put("linesKey", type.linesKey());
    row.put("id", exchange.getMessage().getHeader("id", String.class));
    return row;
  }

  /** {@code GET /lp/feed}: every version published to the subscriber after the cursor. */
  public Map<String, Object> feed(Exchange exchange) throws Exception {
    Params in = new Params(exchange);
    Map<String, Object> row = in.base(null);
    Map<String, String> collections = new HashMap<>();
    COLLECTIONS.forEach((collection, type) -> collections.put(type.code(), collection));
    row.put("collections", json.writeValueAsString(collections));
    return in.done(row);
  }

  private static RecordType recordType(Exchange exchange) {
    String collection = exchange.getMessage().getHeader("collection", String.class);
    RecordType type = COLLECTIONS.get(collection);
    if (type == null) {
      throw ProblemException.notFound("No collection '" + collection + "'; the LP API has " + COLLECTIONS.keySet()
          + " and feed.");
    }
    return type;
  }

  /** The query parameters of one request, collecting every problem. */
  private final class Params {
    private final Exchange exchange;
    private final List<RowError> errors = new ArrayList<>();

    Params(Exchange exchange) {
      this.exchange = exchange;
    }

    /** Who asks, what type (null for the feed), the cursor and the page size. */
    Map<String, Object> base(RecordType type) {
      Map<String, Object> row = new HashMap<>();
      row.put("subscriber", exchange.getProperty("subscriber", String.class));
      row.put("recordType", type == null ? null : type.code());
      PageRequest page = PageRequest.of(text("cursor"), text("limit"), errors);
      row.put("cursor", page.cursor());
      row.put("after", page.cursor() == null ? 0L : page.cursor());
      row.put("limit", page.limit());
      return row;
    }

    String text(String name) {
      String value = exchange.getMessage().getHeader(name, String.class);
      return value == null || value.isBlank() ? null : value.trim();
    }

    /** The parameter as text PostgreSQL reads, once it parses; null when absent or invalid. */
    String parsed(String name, Function<String, ?> parser, String expected) {
      String value = text(name);
      try {
        return value == null ? null : parser.apply(value).toString();
      } catch (DateTimeParseException e) {
        check(false, name, value, "not " + expected);
        return null;
      }
    }

    void check(boolean ok, String name, String value, String message) {
      if (!ok) {
        errors.add(RowError.ofNotice(name, value, message));
      }
    }

    Map<String, Object> done(Map<String, Object> row) {
      if (!errors.isEmpty()) {
        throw new ProblemException(400, "invalid-query", "Invalid query",
            "The request has " + errors.size() + " invalid parameter(s).", errors);
      }
      return row;
    }
  }
}
