package org.pmdc.hub.canonical;

import java.util.Map;
import org.pmdc.hub.api.RowErrors;

/**
 * The rules each line of a record must meet, applied as the rows stream by, with the running
 * totals and content digest of the valid lines, which go on to a {@link LineSink}. Memory does not
 * grow with the number of rows. The rules that look across lines (each key once, the totals) are in
 * {@link RecordValidator}.
 */
public interface LineRules {

  /** The record's currency, known from its first row; amounts are checked against it. */
  void currency(String currency);

  void check(LineDraft line);

  LineSummary summary();

  /**
   * @param sources canonical field name to the source column it was read from, for messages
   */
  static LineRules of(RecordType type, Map<String, String> sources, RowErrors errors, LineSink valid) {
    return type.isNotice()
        ? new AllocationRules(type, sources, errors, valid)
        : new ReportLineRules(type, sources, errors, valid);
  }
}
