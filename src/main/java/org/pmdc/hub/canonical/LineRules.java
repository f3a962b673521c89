package org.pmdc.hub.canonical;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pmdc.hub.api.RowErrors;

/**
 * The rules each line of a record must meet, applied as the rows stream by, with the running
 * totals and content digest of the valid lines, which go on to a {@link LineSink}. Memory does not
 * grow with the number of rows. The rules that look across lines (each key once, the totals) are in
 * {@link RecordValidator}. A notice's allocations follow {@link AllocationRules}, a report's lines
 * {@link ReportLineRules}.
 */
public abstract class LineRules {

  protected final RecordType type;
  protected final Map<String, String> sources;
  protected final RowErrors errors;
  protected final LineSink valid;
  /** Per summed line field (the type's totals): the sum over the valid lines so far. */
  protected final Map<String, BigDecimal> totals = new LinkedHashMap<>();
  private final MessageDigest digest = Hashes.sha256();
  protected String currency;
  private long rows;

  LineRules(RecordType type, Map<String, String> sources, RowErrors errors, LineSink valid) {
    this.type = type;
    this.sources = sources;
    this.errors = errors;
    this.valid = valid;
    type.totals().values().forEach(field -> totals.put(field, BigDecimal.ZERO));
  }

  /**
   * @param sources canonical field name to the source column it was read from, for messages
   */
  public static LineRules of(RecordType type, Map<String, String> sources, RowErrors errors, LineSink valid) {
    return type.isNotice()
        ? new AllocationRules(type, sources, errors, valid)
        : new ReportLineRules(type, sources, errors, valid);
  }

  /** The record's currency, known from its first row; amounts are checked against it. */
  public void currency(String currency) {
    this.currency = currency;
  }

  public final void check(LineDraft line) {
    rows++;
    checkLine(line);
  }

  /** Checks one line; a valid one is added to the totals and digest, then handed to the sink. */
  protected abstract void checkLine(LineDraft line);

  /** One valid line's canonical values, in row order: what an amendment changes. */
  protected void digest(String canonicalLine) {
    digest.update(canonicalLine.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) '\n');
  }

  protected String sourceOf(String field) {
    return LineChecks.sourceOf(sources, field);
  }

  public LineSummary summary() {
    return new LineSummary(rows, Collections.unmodifiableMap(new LinkedHashMap<>(totals)), Hashes.hex(digest));
  }
}
