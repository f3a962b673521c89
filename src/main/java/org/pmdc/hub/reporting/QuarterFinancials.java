package org.pmdc.hub.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pmdc.hub.canonical.RecordType;
import org.pmdc.hub.fx.ExchangeRate;

/**
 * One company quarter's financials in one currency view (seed 003's Quarterly Reporting
 * Financials): the local figures as reported, or each converted with the rate of the quarter end
 * ({@link ExchangeRate#converting}: from the published rates, rounded once, to
 * {@link ExchangeRate#AMOUNT_SCALE} places). Without a rate every converted figure is null and
 * the reason says why; a figure the company did not report stays null.
 *
 * @param rate units of {@code currency} per unit of local currency (1 for the local view)
 * @param fxRateIds the published FX rows the conversion used (none for the local view)
 */
public record QuarterFinancials(String view, String localCurrency, String currency, BigDecimal rate,
    LocalDate rateDate, String reason, Map<String, BigDecimal> amounts, List<Long> fxRateIds) {

  /** Seed 003's financials, as the company-metrics record names them. */
  public static final List<String> FIGURES = RecordType.COMPANY_FIGURES;

  /** The currency views computed for every quarter: the company's own, and the two seed 003 reports in. */
  public static final List<String> VIEWS = List.of("local", "USD", "CAD");

  /** The figures as reported, in the local currency. */
  public static QuarterFinancials local(String localCurrency, Map<String, BigDecimal> reported) {
    return new QuarterFinancials("local", localCurrency, localCurrency, BigDecimal.ONE, null, null,
        figures(reported, amount -> amount), List.of());
  }

  /** The figures converted with {@code rate} (local currency into the view's), or null with its reason. */
  public static QuarterFinancials converted(String view, Map<String, BigDecimal> reported, ExchangeRate rate) {
    List<Long> legs = rate.legs().stream().map(ExchangeRate.Leg::id).toList();
    return new QuarterFinancials(view, rate.base(), view, rate.rate(), rate.rateDate(), rate.reason(),
        figures(reported, amount -> rate.rate() == null ? null : rate.converting(amount).converted()), legs);
  }

  private static Map<String, BigDecimal> figures(Map<String, BigDecimal> reported,
      java.util.function.UnaryOperator<BigDecimal> conversion) {
    Map<String, BigDecimal> figures = new LinkedHashMap<>();
    for (String figure : FIGURES) {
      BigDecimal amount = reported.get(figure);
      figures.put(figure, amount == null ? null : conversion.apply(amount));
    }
    return figures;
  }
}
