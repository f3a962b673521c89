package org.pmdc.hub.canonical;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What the allocations of a notice add up to, gathered as they streamed by.
 *
 * @param rows allocations read, valid or not
 * @param totals per amount component, and {@code amount}, over the valid allocations
 * @param digest sha256 over the valid allocations' canonical values, in row order
 */
public record AllocationSummary(long rows, Map<String, BigDecimal> totals, String digest) {

  static AllocationSummary none() {
    return new AllocationSummary(0, Map.of(), Hashes.sha256Hex(""));
  }
}
