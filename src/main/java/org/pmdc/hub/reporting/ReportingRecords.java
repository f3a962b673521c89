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
import java.util.UUID;
import java.util.stream.Collectors;
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

  /** A company_reporting record's identity within its publisher. */
  private record Key(long fundId, String reference) {}

  /** A company_reporting record as it would be stored: its identity, header and lines, and their hash. */
  private record Computed(long publisherId, Key key, LocalDate periodEnd, String canonical, String lines,
      String sha256) {

    Computed(long publisherId, Key key, LocalDate periodEnd, String canonical, String lines) {
      this(publisherId, key, periodEnd, canonical, lines, Hashes.sha256Hex(canonical + "\n" + lines));
    }
  }

  /** Stores every quarter of the company whose content changed; answers how many versions it stored. */
  int publish(long publisherId, String companyCode) {
    List<Computed> records = computed(publisherId, companyCode);
    Map<Key, String> current = currentHashes(publisherId, records);
    int stored = 0;
    for (Computed record : records) {
      if (!record.sha256().equals(current.get(record.key()))) {
        store(record);
        stored++;
      }
    }
    return stored;
  }

  /** The content hash of each record's current version, by (fund, reference); none for a new record. */
  private Map<Key, String> currentHashes(long publisherId, List<Computed> records) {
    ArrayNode keys = json.createArrayNode();
    records.forEach(record -> keys.addObject().put("fundId", record.key().fundId())
        .put("reference", record.key().reference()));
    return sql.statement("reporting/current-reporting-records.sql")
        .param("publisherId", publisherId).param("records", text(keys))
        .query((row, n) -> Map.entry(new Key(row.getLong("fund_id"), row.getString("notice_reference")),
            row.getString("content_sha256")))
        .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  private void store(Computed record) {
    Map<String, Object> identity = new HashMap<>();
    identity.put("publisherId", record.publisherId());
    identity.put("fundId", record.key().fundId());
    identity.put("recordType", TYPE.code());
    identity.put("noticeReference", record.key().reference());
    sql.statement("store/supersede-current.sql").params(identity).update();
    Map<String, Object> notice = new HashMap<>(identity);
    notice.put("publicId", UUID.randomUUID());
    notice.put("noticeDate", record.periodEnd());
    notice.put("contentSha256", record.sha256());
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
  }

  /** The company's records from its stored views, in fund and quarter order. */
  private List<Computed> computed(long publisherId, String companyCode) {
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
    return new Computed(publisherId, new Key(((Number) first.get("fund_id")).longValue(), reference), periodEnd,
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
