package org.pmdc.hub.cohorts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pmdc.hub.performance.IrrRoots;

/**
 * A company's cohort cashflows (seed 002's {@code compute_company_cohort_cashflows}), with the
 * rules written down in {@code docs/metrics.md}. Period n of a cohort is the calendar month n
 * after its cohort month (period 0 the cohort month itself), from the cohort's payments as SQL
 * sums them per calendar month. A cohort is funded when a trade and a spend above 0 exist for its
 * month: then each period's payment is checked against the period's threshold (payment below
 * minimum × spend: 100 % is collected, otherwise the trade's sharing percentage), the collection
 * never takes the cumulative past the cash cap, and the IRR is that of the monthly flows
 * −spend + collected. With a monthly churn rate, a funded cohort's periods after its last payment
 * are predicted (the previous payment × (1 − churn)) up to period 35, until the cap is reached or
 * a predicted payment is 0. Money is exact throughout; predicted payments are rounded to
 * {@link #AMOUNT_SCALE} places, ratios to {@link #RATIO_SCALE}; the IRR is the only binary
 * floating point.
 */
public final class CohortCashflows {

  /** Periods 0 to 35: three years of a cohort, predicted where no payment is known yet. */
  public static final int PREDICTED_PERIODS = 36;
  public static final int AMOUNT_SCALE = 6;
  public static final int RATIO_SCALE = 10;
  private static final int MONTHS_A_YEAR = 12;

  /** The acquisition spend of a cohort month. */
  public record Spend(YearMonth cohort, BigDecimal amount) {}

  /** The terms a fund financed a cohort month on. */
  public record Trade(long id, YearMonth cohort, BigDecimal sharingPercentage, BigDecimal cashCap) {}

  /** The least a period's payments must be, as a fraction of the cohort's spend, for the sharing percentage to apply. */
  public record Threshold(int period, BigDecimal minimumPaymentPercent) {}

  /** A cohort's payments in one calendar month: their sum and how many there are. */
  public record PaymentMonth(YearMonth cohort, YearMonth month, BigDecimal amount, long count) {}

  /**
   * What the fund collects in a period of a funded cohort.
   *
   * @param thresholdMinimum the period's minimum payment percentage; null without a threshold for the period
   * @param thresholdExpectedPayment minimum × spend; null without a threshold
   * @param thresholdFailed the payment is below the expected payment: 100 % is collected
   * @param capped the cumulative collection has reached the cash cap in this period or before
   */
  public record Collection(BigDecimal thresholdMinimum, BigDecimal thresholdExpectedPayment, boolean thresholdFailed,
      BigDecimal shareApplied, BigDecimal collected, BigDecimal cumulativeCollected, boolean capped) {}

  /**
   * A period of a cohort.
   *
   * @param paymentCount how many payments make the payment (0 for a predicted period)
   * @param paymentPercentOfSpend payment ÷ spend; null without a spend above 0
   * @param collection null for a cohort that is not funded
   */
  public record Period(int period, YearMonth month, BigDecimal payment, long paymentCount, BigDecimal cumulativePayment,
      BigDecimal paymentPercentOfSpend, Collection collection, boolean predicted) {}

  /**
   * A funded cohort's IRR: monthly, and annualised as (1 + monthly)^12 − 1.
   *
   * @param months from the first flow to the last
   * @param periodReturn (1 + monthly)^months − 1
   * @param reason why {@code annualized} is null
   */
  public record Irr(BigDecimal annualized, BigDecimal monthly, BigDecimal periodReturn, long months,
      List<BigDecimal> roots, String reason) {}

  /**
   * A cohort: its spend (null when none is known), its trade when funded, its periods.
   *
   * @param note why a cohort with a trade is not computed as funded; null otherwise
   */
  public record Cohort(YearMonth cohort, BigDecimal spend, Trade trade, List<Period> periods,
      BigDecimal cumulativePayment, BigDecimal cumulativeCollected, Boolean capped, Irr irr, String note) {

    public boolean funded() {
      return cumulativeCollected != null;
    }
  }

  private CohortCashflows() {}

  /**
   * Every cohort month that has a spend, a trade or payments, in order; {@code churn} (a monthly
   * rate from 0 to 1) asks for predicted periods.
   */
  public static List<Cohort> of(List<Spend> spends, List<Trade> trades, List<Threshold> thresholds,
      List<PaymentMonth> payments, Optional<BigDecimal> churn) {
    churn.ifPresent(CohortCashflows::checkChurn);
    Map<YearMonth, BigDecimal> spendOf = spends.stream().collect(Collectors.toMap(Spend::cohort, Spend::amount));
    Map<YearMonth, Trade> tradeOf = trades.stream().collect(Collectors.toMap(Trade::cohort, Function.identity()));
    Map<Integer, BigDecimal> thresholdOf = thresholds.stream()
        .collect(Collectors.toMap(Threshold::period, Threshold::minimumPaymentPercent));
    Map<YearMonth, Map<Integer, PaymentMonth>> paymentsOf = new TreeMap<>();
    for (PaymentMonth month : payments) {
      int period = (int) ChronoUnit.MONTHS.between(month.cohort(), month.month());
      if (period < 0) {
        throw new IllegalArgumentException("Payments in " + month.month() + " precede their cohort month " + month.cohort());
      }
      paymentsOf.computeIfAbsent(month.cohort(), c -> new TreeMap<>()).merge(period, month,
          (a, b) -> new PaymentMonth(a.cohort(), a.month(), a.amount().add(b.amount()), a.count() + b.count()));
    }
    TreeSet<YearMonth> cohorts = new TreeSet<>(spendOf.keySet());
    cohorts.addAll(tradeOf.keySet());
    cohorts.addAll(paymentsOf.keySet());
    return cohorts.stream().map(cohort -> cohort(cohort, spendOf.get(cohort), tradeOf.get(cohort), thresholdOf,
        paymentsOf.getOrDefault(cohort, Map.of()), churn)).toList();
  }

  private static Cohort cohort(YearMonth cohort, BigDecimal spend, Trade trade, Map<Integer, BigDecimal> thresholds,
      Map<Integer, PaymentMonth> payments, Optional<BigDecimal> churn) {
    boolean hasSpend = spend != null && spend.signum() > 0;
    String note = trade == null || hasSpend ? null : spend == null
        ? "trade " + trade.id() + " has no spend for its cohort month: the investment is not known, so nothing is computed as collected"
        : "the spend is 0: nothing was financed, so nothing is computed as collected";
    Collector collector = trade != null && hasSpend ? new Collector(trade, spend, thresholds) : null;
    int lastActual = payments.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
    List<Period> periods = new ArrayList<>();
    BigDecimal cumulative = BigDecimal.ZERO;
    for (int n = 0; n <= lastActual; n++) {
      PaymentMonth paid = payments.get(n);
      BigDecimal payment = paid == null ? BigDecimal.ZERO : paid.amount();
      cumulative = cumulative.add(payment);
      periods.add(new Period(n, cohort.plusMonths(n), payment, paid == null ? 0 : paid.count(), cumulative,
          hasSpend ? ratio(payment, spend) : null, collector == null ? null : collector.collect(n, payment), false));
    }
    if (collector != null && churn.isPresent() && lastActual >= 0) {
      BigDecimal payment = periods.get(lastActual).payment();
      BigDecimal retained = BigDecimal.ONE.subtract(churn.get());
      for (int n = lastActual + 1; n < PREDICTED_PERIODS && !collector.capped() && payment.signum() > 0; n++) {
        payment = payment.multiply(retained).setScale(AMOUNT_SCALE, RoundingMode.HALF_EVEN);
        cumulative = cumulative.add(payment);
        periods.add(new Period(n, cohort.plusMonths(n), payment, 0, cumulative, ratio(payment, spend),
            collector.collect(n, payment), true));
      }
    }
    return collector == null
        ? new Cohort(cohort, spend, trade, periods, cumulative, null, null, null, note)
        : new Cohort(cohort, spend, trade, periods, cumulative, collector.cumulative, collector.capped(),
            irr(spend, periods), null);
  }

  /** A funded cohort's collections, period by period. */
  private static final class Collector {

    private final Trade trade;
    private final BigDecimal spend;
    private final Map<Integer, BigDecimal> thresholds;
    private BigDecimal cumulative = BigDecimal.ZERO;

    Collector(Trade trade, BigDecimal spend, Map<Integer, BigDecimal> thresholds) {
      this.trade = trade;
      this.spend = spend;
      this.thresholds = thresholds;
    }

    Collection collect(int period, BigDecimal payment) {
      BigDecimal minimum = thresholds.get(period);
      BigDecimal expected = minimum == null ? null : minimum.multiply(spend);
      boolean failed = expected != null && payment.compareTo(expected) < 0;
      BigDecimal share = failed ? BigDecimal.ONE : trade.sharingPercentage();
      BigDecimal collected = share.multiply(payment).min(trade.cashCap().subtract(cumulative)).max(BigDecimal.ZERO);
      cumulative = cumulative.add(collected);
      return new Collection(minimum, expected, failed, share, collected, cumulative, capped());
    }

    boolean capped() {
      return cumulative.compareTo(trade.cashCap()) >= 0;
    }
  }

  /**
   * The monthly flows, −spend in the cohort month (period 0, with its collection) and each later
   * period's collection in its month, and their rate of return. Under 12 months from the first
   * flow to the last it is not annualised (GIPS, as for the funds' IRR).
   */
  private static Irr irr(BigDecimal spend, List<Period> periods) {
    List<double[]> flows = new ArrayList<>();
    for (Period period : periods) {
      BigDecimal flow = period.period() == 0 ? period.collection().collected().subtract(spend) : period.collection().collected();
      if (flow.signum() != 0) {
        flows.add(new double[] {period.period(), flow.doubleValue()});
      }
    }
    if (periods.isEmpty()) {
      flows.add(new double[] {0, spend.negate().doubleValue()});
    }
    double[] months = flows.stream().mapToDouble(flow -> flow[0]).toArray();
    double[] amounts = flows.stream().mapToDouble(flow -> flow[1]).toArray();
    long span = months.length == 0 ? 0 : (long) (months[months.length - 1] - months[0]);
    IrrRoots.Found found = IrrRoots.of(months, amounts, "a month");
    if (found.reason() != null) {
      return new Irr(null, null, null, span, found.roots(), found.reason());
    }
    BigDecimal monthly = IrrRoots.rounded(found.rate());
    BigDecimal periodReturn = IrrRoots.rounded(Math.pow(1 + found.rate(), span) - 1);
    if (span < MONTHS_A_YEAR) {
      return new Irr(null, monthly, periodReturn, span, found.roots(), "not annualised: " + span + " months from the"
          + " first cash flow to the last, under a year (GIPS); the period's return is " + periodReturn.toPlainString());
    }
    return new Irr(IrrRoots.rounded(Math.pow(1 + found.rate(), MONTHS_A_YEAR) - 1), monthly, periodReturn, span,
        found.roots(), null);
  }

  private static BigDecimal ratio(BigDecimal amount, BigDecimal base) {
    return amount.divide(base, RATIO_SCALE, RoundingMode.HALF_EVEN);
  }

  private static void checkChurn(BigDecimal churn) {
    if (churn.signum() < 0 || churn.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("The churn rate is a monthly fraction from 0 to 1, not " + churn.toPlainString());
    }
  }
}
