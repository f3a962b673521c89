package org.pmdc.hub.performance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * The rates of return of cash flows at given times, in any unit (years for XIRR, months for a
 * cohort's collections): every rate r per unit at which Σ amountᵢ ÷ (1 + r)^timeᵢ = 0. Roots are
 * found, not guessed: the net present value is evaluated on a fixed grid of rates from −99 % to
 * +100,000 % per unit (evenly spaced in ln(1 + r): 4,000 steps, or 200 where the flows change sign
 * once and Descartes' rule allows one root only), each sign change between neighbours is a
 * bracket, and Apache Commons Math's Brent solver finds the root in it, started from the Newton
 * step at the bracket's middle. One root is the rate of return; none, or more than one, is "not
 * defined" with the reason.
 */
public final class IrrRoots {

  /**
   * What the search found.
   *
   * @param roots every root, in increasing order, to {@link #SCALE} places
   * @param rate the one rate of return as found, unrounded (for figures computed from it); NaN
   *     when there is none
   * @param reason why there is no single rate; null when there is one
   */
  public record Found(List<BigDecimal> roots, double rate, String reason) {}

  /** Rates are kept to 10 places, as other ratios are. */
  public static final int SCALE = 10;
  private static final double LOWEST = Math.log(0.01);
  private static final double HIGHEST = Math.log(1001);
  /** Grid steps: fine where several roots are possible, coarse where Descartes' rule allows only one. */
  private static final int FINE_GRID = 4000;
  private static final int COARSE_GRID = 200;

  private IrrRoots() {}

  /**
   * The roots for flows in time order ({@code times} ascending, zero amounts left out by the caller);
   * {@code unit} names the time unit in the reasons ("a year").
   */
  public static Found of(double[] times, double[] amounts, String unit) {
    boolean paidIn = false;
    boolean paidOut = false;
    for (double amount : amounts) {
      paidIn |= amount < 0;
      paidOut |= amount > 0;
    }
    if (!paidIn || !paidOut) {
      return new Found(List.of(), Double.NaN, "no sign change in the cash flows: the IRR needs money paid in and paid out");
    }
    List<Double> found = roots(times, amounts, signChanges(amounts) == 1 ? COARSE_GRID : FINE_GRID);
    List<BigDecimal> roots = found.stream().map(IrrRoots::rounded).toList();
    if (roots.isEmpty()) {
      return new Found(roots, Double.NaN, "the net present value of the cash flows does not reach 0 at any rate from"
          + " -99 % to +100,000 % " + unit);
    }
    if (roots.size() > 1) {
      return new Found(roots, Double.NaN, "not defined: the cash flows change sign more than once and have "
          + roots.size() + " rates of return, " + roots.stream().map(BigDecimal::toPlainString).toList());
    }
    return new Found(roots, found.get(0), null);
  }

  /** A rate to {@link #SCALE} places. */
  public static BigDecimal rounded(double rate) {
    return new BigDecimal(rate, MathContext.DECIMAL64).setScale(SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros();
  }

  /** Every rate in the grid's range at which the net present value crosses 0, in increasing order. */
  private static List<Double> roots(double[] times, double[] amounts, int grid) {
    UnivariateFunction npv = rate -> npv(rate, times, amounts);
    BrentSolver brent = new BrentSolver(1e-14, 1e-12);
    List<Double> roots = new ArrayList<>();
    double low = Math.expm1(LOWEST);
    double atLow = npv.value(low);
    for (int step = 1; step <= grid; step++) {
      double high = Math.expm1(LOWEST + (HIGHEST - LOWEST) * step / grid);
      double atHigh = npv.value(high);
      if (atLow == 0) {
        roots.add(low);
      } else if (Math.signum(atLow) * Math.signum(atHigh) < 0) {
        roots.add(brent.solve(200, npv, low, high, newtonStart(low, high, times, amounts)));
      }
      low = high;
      atLow = atHigh;
    }
    return roots;
  }

  /**
   * How often the flows, in time order, change sign. Once: the net present value, a polynomial in
   * 1 ÷ (1 + r), has at most one positive root (Descartes' rule of signs).
   */
  private static int signChanges(double[] amounts) {
    int changes = 0;
    for (int i = 1; i < amounts.length; i++) {
      changes += Math.signum(amounts[i]) != Math.signum(amounts[i - 1]) ? 1 : 0;
    }
    return changes;
  }

  /** A Newton step from the bracket's middle, kept inside the bracket (Brent needs a start within it). */
  private static double newtonStart(double low, double high, double[] times, double[] amounts) {
    double middle = (low + high) / 2;
    double slope = 0;
    for (int i = 0; i < times.length; i++) {
      slope -= times[i] * amounts[i] * Math.pow(1 + middle, -times[i] - 1);
    }
    double step = slope == 0 ? middle : middle - npv(middle, times, amounts) / slope;
    return step > low && step < high ? step : middle;
  }

  private static double npv(double rate, double[] times, double[] amounts) {
    double sum = 0;
    for (int i = 0; i < times.length; i++) {
      sum += amounts[i] * Math.pow(1 + rate, -times[i]);
    }
    return sum;
  }
}
