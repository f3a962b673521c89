package org.pmdc.hub.performance;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a fund's figure falls against a benchmark cohort's quartile breakpoints: 1 (top quartile)
 * at or above the upper quartile, 2 at or above the median, 3 at or above the lower quartile, else
 * 4 — a figure on a breakpoint takes the better quartile. A percentile rank needs the cohort's
 * distribution, which quartile breakpoints do not give, so it is stated as not available.
 */
final class BenchmarkPlacement {

  static final String NO_PERCENTILE =
      "the benchmark gives quartile breakpoints, not the cohort's distribution a percentile rank needs";

  private BenchmarkPlacement() {}

  static int quartile(BigDecimal value, BigDecimal upper, BigDecimal median, BigDecimal lower) {
    if (value.compareTo(upper) >= 0) {
      return 1;
    }
    if (value.compareTo(median) >= 0) {
      return 2;
    }
    return value.compareTo(lower) >= 0 ? 3 : 4;
  }

  /**
   * One metric against one benchmark row: the breakpoints, and the fund's quartile, or why there is
   * none (the fund's figure is not available: its reason).
   */
  static Map<String, Object> place(String fundValue, String fundReason, String upper, String median, String lower) {
    Map<String, Object> placed = new LinkedHashMap<>();
    placed.put("upperQuartile", upper);
    placed.put("median", median);
    placed.put("lowerQuartile", lower);
    placed.put("quartile", fundValue == null ? null
        : quartile(new BigDecimal(fundValue), new BigDecimal(upper), new BigDecimal(median), new BigDecimal(lower)));
    placed.put("quartileNotAvailable", fundValue == null ? fundReason : null);
    placed.put("percentileRank", null);
    placed.put("percentileRankNotAvailable", NO_PERCENTILE);
    return placed;
  }
}
