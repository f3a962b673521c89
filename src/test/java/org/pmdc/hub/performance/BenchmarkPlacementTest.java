package org.pmdc.hub.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BenchmarkPlacementTest {

  private static final BigDecimal UPPER = new BigDecimal("0.20");
  private static final BigDecimal MEDIAN = new BigDecimal("0.12");
  private static final BigDecimal LOWER = new BigDecimal("0.05");

  @Test
  void aFigureFallsInTheQuartileOfTheBreakpointsAboveItAndOnABreakpointInTheBetterOne() {
    assertThat(BenchmarkPlacement.quartile(new BigDecimal("0.25"), UPPER, MEDIAN, LOWER)).isEqualTo(1);
    assertThat(BenchmarkPlacement.quartile(new BigDecimal("0.2"), UPPER, MEDIAN, LOWER)).isEqualTo(1);
    assertThat(BenchmarkPlacement.quartile(new BigDecimal("0.15"), UPPER, MEDIAN, LOWER)).isEqualTo(2);
    assertThat(BenchmarkPlacement.quartile(new BigDecimal("0.12"), UPPER, MEDIAN, LOWER)).isEqualTo(2);
    assertThat(BenchmarkPlacement.quartile(new BigDecimal("0.06"), UPPER, MEDIAN, LOWER)).isEqualTo(3);
    assertThat(BenchmarkPlacement.quartile(new BigDecimal("-0.01"), UPPER, MEDIAN, LOWER)).isEqualTo(4);
  }

  @Test
  void withoutTheFundsFigureThereIsNoQuartileAndNeverAPercentileFromBreakpoints() {
    var placed = BenchmarkPlacement.place(null, "no capital account statement", "0.2", "0.12", "0.05");

    assertThat(placed.get("quartile")).isNull();
    assertThat(placed.get("quartileNotAvailable")).isEqualTo("no capital account statement");
    assertThat(placed.get("percentileRank")).isNull();
    assertThat(placed.get("percentileRankNotAvailable")).isEqualTo(BenchmarkPlacement.NO_PERCENTILE);
  }
}
