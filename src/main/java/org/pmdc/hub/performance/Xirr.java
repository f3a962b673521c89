package org.pmdc.hub.performance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * The internal rate of return of dated cash flows, as Excel's XIRR defines it: the rate r at which
 * Σ amountᵢ ÷ (1 + r)^(daysᵢ ÷ 365) = 0, days counted from the first flow (actual/365). Negative
 * amounts are paid in, positive ones paid out (a NAV is a final positive flow at the as-of date).
 *
 * <p>Roots are found, not guessed: the net present value is evaluated on a fixed grid of rates
 * from −99 % to +100,000 % (evenly spaced in ln(1 + r): 4,000 steps, or 200 where the flows change
 * sign once and Descartes' rule allows one root only), each sign change between neighbours is a
 * bracket, and Apache Commons Math's Brent solver finds the root in it, started from the Newton
 * step at the bracket's middle. One root is the IRR; none, or more than one, is "not defined" with
 * the reason (and the roots). Under a year from the first flow to the last the rate is not
 * annualised (GIPS): the period's return (1 + r)^(days ÷ 365) − 1 is given instead, flagged.
 */
public final class Xirr {

  /** A dated flow: negative paid in, positive paid out. */
  public record CashFlow(LocalDate date, BigDecimal amount) {}

  /**
   * The outcome.
   *
   * @param annualized the IRR a year, to 10 places; null when not defined or under a year
   * @param periodReturn the return over the whole period, (1 + r)^(days ÷ 365) − 1; null when no single root
   * @param days from the first flow to the last
   * @param roots every root found (two or more when the IRR is not defined for that reason)
   * @param reason why {@code annualized} is null; null when it is given
   */
  public record Result(BigDecimal annualized, BigDecimal periodReturn, long days, List<BigDecimal> roots,
      String reason) {}

  /** Rates are kept to 10 places, as other ratios are. */
  static final int SCALE = 10;
  private static final double LOWEST = Math.log(0.01);
  private static final double HIGHEST = Math.log(1001);
  /** Grid steps: fine where several roots are possible, coarse where Descartes' rule allows only one. */
  private static final int FINE_GRID = 4000;
  private static final int COARSE_GRID = 200;
  private static final double YEAR = 365;

  private Xirr() {}

  public static Result of(List<CashFlow> flows) {
    List<CashFlow> dated = flows.stream().filter(f -> f.amount().signum() != 0)
        .sorted(Comparator.comparing(CashFlow::date)).toList();
    if (dated.stream().noneMatch(f -> f.amount().signum() < 0) || dated.stream().noneMatch(f -> f.amount().signum() > 0)) {
      return notDefined(dated, List.of(), "no sign change in the cash flows: the IRR needs money paid in and paid out");
    }
    LocalDate first = dated.get(0).date();
    long days = ChronoUnit.DAYS.between(first, dated.get(dated.size() - 1).date());
    double[] years = dated.stream().mapToDouble(f -> ChronoUnit.DAYS.between(first, f.date()) / YEAR).toArray();
    double[] amounts = dated.stream().mapToDouble(f -> f.amount().doubleValue()).toArray();
    List<Double> roots = roots(years, amounts, signChanges(amounts) == 1 ? COARSE_GRID : FINE_GRID);
    if (roots.isEmpty()) {
      return notDefined(dated, List.of(), "the net present value of the cash flows does not reach 0 at any rate from"
          + " -99 % to +100,000 % a year");
    }
    List<BigDecimal> rates = roots.stream().map(Xirr::rounded).toList();
    if (roots.size() > 1) {
      return new Result(null, null, days, rates, "not defined: the cash flows change sign more than once and have "
          + roots.size() + " rates of return, " + rates.stream().map(BigDecimal::toPlainString).toList());
    }
    double rate = roots.get(0);
    BigDecimal periodReturn = rounded(Math.pow(1 + rate, days / YEAR) - 1);
    if (days < YEAR) {
      return new Result(null, periodReturn, days, rates, "not annualised: " + days + " days since the first cash flow,"
          + " under a year (GIPS); the period's return is " + periodReturn.toPlainString());
    }
    return new Result(rates.get(0), periodReturn, days, rates, null);
  }

  private static Result notDefined(List<CashFlow> flows, List<BigDecimal> roots, String reason) {
    long days = flows.isEmpty() ? 0 : ChronoUnit.DAYS.between(flows.get(0).date(), flows.get(flows.size() - 1).date());
    return new Result(null, null, days, roots, reason);
  }

  /** Every rate in the grid's range at which the net present value crosses 0, in increasing order. */
  private static List<Double> roots(double[] years, double[] amounts, int grid) {
    UnivariateFunction npv = rate -> npv(rate, years, amounts);
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
        roots.add(brent.solve(200, npv, low, high, newtonStart(low, high, years, amounts)));
      }
      low = high;
      atLow = atHigh;
    }
    return roots;
  }

  /**
   * How often the flows, in date order, change sign. Once: the net present value, a polynomial in
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
  private static double newtonStart(double low, double high, double[] years, double[] amounts) {
    double middle = (low + high) / 2;
    double slope = 0;
    for (int i = 0; i < years.length; i++) {
      slope -= years[i] * amounts[i] * Math.pow(1 + middle, -years[i] - 1);
    }
    double step = slope == 0 ? middle : middle - npv(middle, years, amounts) / slope;
    return step > low && step < high ? step : middle;
  }

  private static double npv(double rate, double[] years, double[] amounts) {
    double sum = 0;
    for (int i = 0; i < years.length; i++) {
      sum += amounts[i] * Math.pow(1 + rate, -years[i]);
    }
    return sum;
  }

  private static BigDecimal rounded(double rate) {
    return new BigDecimal(rate, MathContext.DECIMAL64).setScale(SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros();
  }
}
