package org.pmdc.hub.fx;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.springframework.stereotype.Component;

/**
 * What the scheduled fetch asks the configured source for, and how its answer is read. The ask
 * covers the gap since the latest stored rate: the ECB's daily file when that is days old, its
 * 90-day file for a longer gap, its full history when the hub has no recent rate at all; from a
 * Frankfurter-compatible API, the range from the day after the latest stored rate.
 */
@Component("fxSources")
public class FxSources {

  static final String ECB = "ecb";
  static final String FRANKFURTER = "frankfurter";
  /** Gaps (days since the latest stored rate) each ECB file covers: the daily one a long weekend. */
  private static final int DAILY_GAP = 4;
  private static final int NINETY_DAY_GAP = 85;
  private static final int FRANKFURTER_FIRST_FETCH_DAYS = 90;

  private final FxSettings settings;
  private final ObjectMapper json;

  FxSources(FxSettings settings, ObjectMapper json) {
    if (!List.of(ECB, FRANKFURTER).contains(settings.source())) {
      throw new IllegalArgumentException("PMDC_FX_SOURCE must be 'ecb' or 'frankfurter', not '" + settings.source() + "'");
    }
    this.settings = settings;
    this.json = json;
  }

  public String source() {
    return settings.source();
  }

  /** The URL to fetch, given the latest stored rate's date (ISO 8601; null: none stored). */
  public String url(String latestStored) {
    return url(latestStored == null ? null : LocalDate.parse(latestStored), LocalDate.now(ZoneOffset.UTC));
  }

  String url(LocalDate latestStored, LocalDate today) {
    long gap = latestStored == null ? Long.MAX_VALUE : ChronoUnit.DAYS.between(latestStored, today);
    if (settings.source().equals(ECB)) {
      String file = gap <= DAILY_GAP ? "eurofxref-daily.xml"
          : gap <= NINETY_DAY_GAP ? "eurofxref-hist-90d.xml" : "eurofxref-hist.xml";
      return settings.ecbBaseUrl() + "/" + file;
    }
    LocalDate from = latestStored == null ? today.minusDays(FRANKFURTER_FIRST_FETCH_DAYS) : latestStored.plusDays(1);
    return settings.frankfurterBaseUrl() + (from.isAfter(today) ? "/latest" : "/" + from + ".." + today);
  }

  /** The query string of the fetch (the HTTP component's {@code CamelHttpQuery}); null: none. */
  public String query() {
    return settings.source().equals(FRANKFURTER) ? "base=" + ExchangeRate.EURO : null;
  }

  /** The answer's rates, as the parameters of {@code fx/store-rates.sql}; an error when it is not the source's format. */
  public Map<String, Object> read(String answer) {
    return toStore(settings.source().equals(ECB) ? EcbFiles.xml(answer) : FrankfurterAnswers.json(answer),
        settings.source());
  }

  /**
   * An ECB history CSV (imported by an admin, or the seed file: {@code source} says which), as the
   * parameters of {@code fx/store-rates.sql}; a 422 naming each bad cell when it is not one.
   */
  public Map<String, Object> readHistory(String csv, String source) {
    return toStore(EcbFiles.csv(csv), source);
  }

  /** What {@code fx/record-fetch.sql} records of rates read and stored. */
  public Map<String, Object> succeeded(Map<String, Object> read, int stored, Date scheduledFor) {
    Map<String, Object> outcome = new HashMap<>(read);
    outcome.put("scheduledFor", scheduledFor == null ? null : scheduledFor.toInstant().toString());
    outcome.remove("rates");
    outcome.put("outcome", "succeeded");
    outcome.put("ratesStored", stored);
    outcome.put("error", null);
    return outcome;
  }

  /**
   * Whether asking again may help: a 5xx, a timeout or a connection that failed, wherever in the
   * cause chain (the circuit breaker wraps what the call threw). A 4xx would be answered again.
   */
  public boolean worthRetrying(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof HttpOperationFailedException http) {
        return http.getStatusCode() >= 500;
      }
      if (cause instanceof IOException || cause instanceof TimeoutException) {
        return true;
      }
    }
    return false;
  }

  /** What {@code fx/record-fetch.sql} records of a fetch that failed, and why. */
  public Map<String, Object> failed(Exception failure, Date scheduledFor) {
    Map<String, Object> outcome = new HashMap<>();
    outcome.put("scheduledFor", scheduledFor == null ? null : scheduledFor.toInstant().toString());
    outcome.put("source", settings.source());
    outcome.put("outcome", "failed");
    outcome.put("ratesRead", null);
    outcome.put("ratesStored", null);
    outcome.put("latestDate", null);
    outcome.put("error", failure == null ? "unknown" : describe(failure));
    return outcome;
  }

  /** The innermost cause, which says what happened (the outer ones say where it was wrapped). */
  private static String describe(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }

  private Map<String, Object> toStore(List<PublishedRate> rates, String source) {
    Map<String, Object> row = new HashMap<>();
    row.put("rates", json.valueToTree(rates.stream().map(rate -> Map.of(
        "date", rate.date().toString(), "base", rate.base(), "quote", rate.quote(),
        "rate", rate.rate().toPlainString())).toList()).toString());
    row.put("source", source);
    row.put("ratesRead", rates.size());
    row.put("firstDate", rates.stream().map(PublishedRate::date).min(Comparator.naturalOrder()).orElseThrow().toString());
    row.put("latestDate", rates.stream().map(PublishedRate::date).max(Comparator.naturalOrder()).orElseThrow().toString());
    return row;
  }
}
