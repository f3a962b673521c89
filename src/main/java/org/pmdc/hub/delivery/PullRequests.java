package org.pmdc.hub.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.Exchange;
import org.pmdc.hub.api.PageRequest;
import org.pmdc.hub.api.ProblemException;
import org.pmdc.hub.api.RequestReader;
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
    COLLECTIONS.put("company-reporting", RecordType.COMPANY_REPORTING);
  }

  private final ObjectMapper json;

  /** Each collection of the LP pull API with its record type, in the API's order. */
  public static Map<String, RecordType> collections() {
    return Collections.unmodifiableMap(COLLECTIONS);
  }

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
    RequestReader in = RequestReader.query(exchange.getMessage(), "fund", "from", "to", "updated_since");
    Map<String, Object> row = page(exchange, in, recordType(exchange));
    row.put("fund", in.text("fund", false));
    row.put("from", in.date("from"));
    row.put("to", in.date("to"));
    row.put("updatedSince", in.instant("updated_since"));
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
    RequestReader in = RequestReader.query(exchange.getMessage());
    Map<String, Object> row = page(exchange, in, null);
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

  /** Who asks, what type (null for the feed), the cursor and the page size. */
  private static Map<String, Object> page(Exchange exchange, RequestReader in, RecordType type) {
    Map<String, Object> row = new HashMap<>();
    row.put("subscriber", exchange.getProperty("subscriber", String.class));
    row.put("recordType", type == null ? null : type.code());
    PageRequest page = in.page();
    row.put("cursor", page.cursor());
    row.put("after", page.cursor() == null ? 0L : page.cursor());
    row.put("limit", page.limit());
    return row;
  }
}
