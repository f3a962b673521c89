package org.pmdc.hub.reporting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.pmdc.hub.canonical.CanonicalField;
import org.pmdc.hub.canonical.Hashes;
import org.pmdc.hub.canonical.RecordType;
import org.pmdc.hub.database.SqlFiles;
import org.springframework.stereotype.Component;

/**
 * Stores a company's computed quarters as company reporting records ({@link
 * RecordType#COMPANY_REPORTING}), one per fund quarter with a line per currency view, so that
 * subscriptions deliver them like any record. A record whose content a recalculation did not change
 * keeps its version; a changed one becomes the next version (delivered as amended to whoever had
 * the last) in the caller's transaction, with its deliveries queued by the outbox every record uses.
 */
@Component
class ReportingRecords {

  private static final RecordType TYPE = RecordType.COMPANY_REPORTING;

  private final SqlFiles sql;
  private final ObjectMapper json;

  ReportingRecords(SqlFiles sql, ObjectMapper json) {
    this.sql = sql;
    this.json = json;
  }

  /** A company_reporting record as it would be stored: its identity, header and lines. */
  record Computed(long publisherId, long fundId, String reference, LocalDate periodEnd, String canonical,
      String lines) {

    String sha256() {
      return Hashes.sha256Hex(canonical + "\n" + lines);
    }
  }

  /** Stores every quarter of the company whose content changed; answers how many versions it stored. */
  int publish(long publisherId, String companyCode) {
    int stored = 0;
    for (Computed record : computed(publisherId, companyCode)) {
      stored += store(record) ? 1 : 0;
    }
    return stored;
  }

  private boolean store(Computed record) {
    Map<String, Object> identity = new HashMap<>();
    identity.put("publisherId", record.publisherId());
    identity.put("fundId", record.fundId());
    identity.put("recordType", TYPE.code());
    identity.put("noticeReference", record.reference());
    String sha256 = record.sha256();
    Optional<String> current = sql.statement("store/current-version.sql").params(identity)
        .query((row, n) -> row.getString("content_sha256")).optional();
    if (current.filter(sha256::equals).isPresent()) {
      return false;
    }
    sql.statement("store/supersede-current.sql").params(identity).update();
    Map<String, Object> notice = new HashMap<>(identity);
    notice.put("publicId", UUID.randomUUID());
    notice.put("noticeDate", record.periodEnd());
    notice.put("contentSha256", sha256);
    notice.put("canonical", record.canonical());
    // A computed record has no value date, amount, submission, mapping or translator.
    for (String absent : List.of("valueDate", "currency", "minorUnits", "totalAmount", "submissionId", "mappingId",
        "mappingVersion", "translator")) {
      notice.put(absent, null);
    }
    long noticeId = sql.statement("store/insert-notice.sql").params(notice).query(Long.class).single();
    Map<String, Object> stored = new HashMap<>(identity);
    stored.put("noticeId", noticeId);
    stored.put("lines", record.lines());
    sql.statement("reporting/store-reporting-lines.sql").params(stored).update();
    sql.statement("store/queue-deliveries.sql").params(stored).update();
    return true;
  }

  /** The company's records from its stored views, in fund and quarter order. */
  List<Computed> computed(long publisherId, String companyCode) {
    Map<List<Object>, List<Map<String, Object>>> quarters = new LinkedHashMap<>();
    sql.statement("reporting/reporting-record-views.sql")
        .param("publisherId", publisherId).param("companyCode", companyCode)
        .query().listOfRows()
        .forEach(view -> quarters.computeIfAbsent(List.of(view.get("fund_id"), view.get("period_end")),
            key -> new ArrayList<>()).add(view));
    return quarters.values().stream().map(views -> computed(publisherId, companyCode, views)).toList();
  }

  private Computed computed(long publisherId, String companyCode, List<Map<String, Object>> views) {
    Map<String, Object> first = views.get(0);
    LocalDate periodEnd = ((Date) first.get("period_end")).toLocalDate();
    String reference = companyCode + " " + periodEnd;
    ObjectNode header = json.createObjectNode().put("recordType", TYPE.code())
        .put("publisher", (String) first.get("publisher_code"));
    Map<String, Object> headerValues = new HashMap<>();
    headerValues.put("fundId", first.get("fund_code"));
    headerValues.put("reference", reference);
    headerValues.put("companyId", companyCode);
    headerValues.put("companyName", first.get("company_name"));
    headerValues.put("periodEnd", periodEnd);
    headerValues.put("fiscalYear", first.get("fiscal_year"));
    headerValues.put("fiscalQuarter", first.get("fiscal_quarter"));
    headerValues.put("localCurrency", first.get("local_currency"));
    headerValues.put("sourceRecord", first.get("source_record"));
    headerValues.put("sourceVersion", first.get("source_version"));
    headerValues.put("metricsInputs", first.get("metrics_inputs"));
    headerValues.put("companyVersion", first.get("company_version"));
    put(header, TYPE.headerFields(), headerValues);
    ArrayNode lines = json.createArrayNode();
    for (Map<String, Object> view : views) {
      put(lines.addObject(), TYPE.lineFields(), lineValues(view));
    }
    return new Computed(publisherId, ((Number) first.get("fund_id")).longValue(), reference, periodEnd,
        text(header), text(lines));
  }

  /** A view's line: its currency and rate, each figure, each metric and the reason of each null one. */
  private Map<String, Object> lineValues(Map<String, Object> view) {
    Map<String, Object> values = new HashMap<>();
    values.put("view", view.get("view"));
    values.put("currency", view.get("currency"));
    values.put("exchangeRateUsed", view.get("exchange_rate_used"));
    values.put("rateDate", view.get("rate_date"));
    values.put("notAvailableReason", view.get("not_available_reason"));
    QuarterFinancials.FIGURES.forEach(figure -> values.put(figure, view.get(snakeCase(figure))));
    JsonNode metrics = read((String) view.get("metrics"));
    JsonNode reasons = read((String) view.get("not_available"));
    for (String metric : QuarterMetrics.METRICS) {
      values.put(metric, metrics.path(metric).textValue());
      values.put(RecordType.companyMetricReason(metric), reasons.path(metric).textValue());
    }
    return values;
  }

  /** The fields that have a value, in the record type's order: numbers as JSON numbers, the rest as text. */
  private static void put(ObjectNode node, List<CanonicalField> fields, Map<String, Object> values) {
    for (CanonicalField field : fields) {
      Object value = values.get(field.name());
      if (value instanceof Number number) {
        node.put(field.name(), number.longValue());
      } else if (value != null) {
        node.put(field.name(), Objects.toString(value));
      }
    }
  }

  /** totalRevenue → total_revenue, as the statement names its columns. */
  private static String snakeCase(String name) {
    return name.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
  }

  private JsonNode read(String text) {
    try {
      return json.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored metrics are JSON", e);
    }
  }

  private String text(JsonNode node) {
    try {
      return json.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a computed record must serialise", e);
    }
  }
}
