package org.pmdc.hub.performance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.pmdc.hub.performance.CapitalPosition.Source;
import org.pmdc.hub.reporting.Figure;

/**
 * A fund's portfolio as of a date, from its latest schedule of investments on or before it: the
 * capital deployed (cost), realised and unrealised value and the gross multiple, for the fund and
 * for each company (its instruments together).
 *
 * @param scheduleDate the as-of date of the schedule read; null without one
 * @param companies each company's figures, in the schedule's order
 */
public record Portfolio(LocalDate scheduleDate, Figure capitalDeployed, Figure realizedValue, Figure unrealizedValue,
    Figure grossMoic, List<CompanyMultiple> companies, Optional<Source> source) {

  /** One position of a schedule of investments (a company and instrument). */
  public record Holding(LocalDate scheduleDate, String companyId, String companyName, BigDecimal cost,
      BigDecimal fairValue, BigDecimal realizedProceeds, String status, Source source) {}

  /** A company's positions together: cost, fair value, realised proceeds and (realised + fair value) ÷ cost. */
  public record CompanyMultiple(String companyId, String companyName, String status, BigDecimal cost,
      BigDecimal fairValue, BigDecimal realizedProceeds, Figure grossMoic) {}

  public static Portfolio of(List<Holding> holdings, LocalDate asOf) {
    Optional<LocalDate> latest = holdings.stream().map(Holding::scheduleDate).filter(d -> !d.isAfter(asOf))
        .max(Comparator.naturalOrder());
    if (latest.isEmpty()) {
      String reason = "no schedule of investments on or before " + asOf;
      return new Portfolio(null, Figure.missing("capital deployed", reason), Figure.missing("realised value", reason),
          Figure.missing("unrealised value", reason), Figure.missing("gross MOIC", reason), List.of(),
          Optional.empty());
    }
    List<Holding> held = holdings.stream().filter(h -> h.scheduleDate().equals(latest.get())).toList();
    Figure cost = Figure.of("capital deployed", sum(held, Holding::cost));
    Figure realized = Figure.of("realised value", sum(held, Holding::realizedProceeds));
    Figure unrealized = Figure.of("unrealised value", sum(held, Holding::fairValue));
    Map<String, List<Holding>> byCompany = new LinkedHashMap<>();
    held.forEach(h -> byCompany.computeIfAbsent(h.companyId(), id -> new ArrayList<>()).add(h));
    List<CompanyMultiple> companies = byCompany.values().stream().map(Portfolio::company).toList();
    return new Portfolio(latest.get(), cost, realized, unrealized, realized.plus(unrealized).ratioTo(cost, "gross MOIC"),
        companies, Optional.of(held.get(0).source()));
  }

  private static CompanyMultiple company(List<Holding> positions) {
    Holding first = positions.get(0);
    BigDecimal cost = sum(positions, Holding::cost);
    BigDecimal fairValue = sum(positions, Holding::fairValue);
    BigDecimal realized = sum(positions, Holding::realizedProceeds);
    Figure moic = Figure.of("realised + fair value", realized.add(fairValue))
        .ratioTo(Figure.of("the cost of " + first.companyId(), cost), "gross MOIC");
    return new CompanyMultiple(first.companyId(), first.companyName(), first.status(), cost, fairValue, realized, moic);
  }

  /** The sum of the values given; a position that does not give one counts 0 (the schedule leaves it blank). */
  private static BigDecimal sum(List<Holding> holdings, Function<Holding, BigDecimal> field) {
    return holdings.stream().map(field).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
