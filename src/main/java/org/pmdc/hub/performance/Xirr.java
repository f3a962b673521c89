package org.pmdc.hub.performance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * The internal rate of return of dated cash flows, as Excel's XIRR defines it: the rate r at which
 * Σ amountᵢ ÷ (1 + r)^(daysᵢ ÷ 365) = 0, days counted from the first flow (actual/365). Negative
 * amounts are paid in, positive ones paid out (a NAV is a final positive flow at the as-of date).
 * The roots are searched by {@link IrrRoots}: one is the IRR; none, or more than one, is "not
 * defined" with the reason (and the roots). Under a year from the first flow to the last the rate
 * is not annualised (GIPS): the period's return (1 + r)^(days ÷ 365) − 1 is given instead, flagged.
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

  private static final double YEAR = 365;

  private Xirr() {}

  public static Result of(List<CashFlow> flows) {
    List<CashFlow> dated = flows.stream().filter(f -> f.amount().signum() != 0)
        .sorted(Comparator.comparing(CashFlow::date)).toList();
    long days = dated.isEmpty() ? 0 : ChronoUnit.DAYS.between(dated.get(0).date(), dated.get(dated.size() - 1).date());
    LocalDate first = dated.isEmpty() ? null : dated.get(0).date();
    double[] years = dated.stream().mapToDouble(f -> ChronoUnit.DAYS.between(first, f.date()) / YEAR).toArray();
    double[] amounts = dated.stream().mapToDouble(f -> f.amount().doubleValue()).toArray();
    IrrRoots.Found found = IrrRoots.of(years, amounts, "a year");
    if (found.reason() != null) {
      return new Result(null, null, days, found.roots(), found.reason());
    }
    BigDecimal periodReturn = IrrRoots.rounded(Math.pow(1 + found.rate(), days / YEAR) - 1);
    if (days < YEAR) {
      return new Result(null, periodReturn, days, found.roots(), "not annualised: " + days + " days since the first"
          + " cash flow, under a year (GIPS); the period's return is " + periodReturn.toPlainString());
    }
    return new Result(found.roots().get(0), periodReturn, days, found.roots(), null);
  }
}
