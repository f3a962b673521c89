package org.pmdc.hub.canonical;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What the lines of a record add up to, gathered as they streamed by.
 *
 * @param rows lines read, valid or not
 * @param totals per summed line field (a notice's components and {@code amount}, a schedule's
 *     cost and fair value), over the valid lines
 * @param digest sha256 over the valid lines' canonical values, in row order
 */
public record LineSummary(long rows, Map<String, BigDecimal> totals, String digest) {

  static LineSummary none() {
    return new LineSummary(0, Map.of(), Hashes.sha256Hex(""));
  }
}
