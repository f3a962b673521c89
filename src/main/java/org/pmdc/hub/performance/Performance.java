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
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.pmdc.hub.performance.CapitalPosition.Call;
import org.pmdc.hub.performance.CapitalPosition.Distribution;
import org.pmdc.hub.performance.CapitalPosition.Source;
import org.pmdc.hub.performance.CapitalPosition.Statement;
import org.pmdc.hub.reporting.Figure;

/**
 * Seed 004's fund and LP performance as of a date, from a {@link CapitalPosition}: what was
 * committed, called and distributed, the NAV, what is left to call, the multiples and the IRR,
 * each a value or the reason there is none (docs/metrics.md, "Fund and LP performance").
 *
 * <p>Cash flows count on their dates (a call at its due date, a distribution at its payment date,
 * gross of withholding tax) up to and including the as-of date. The NAV is the latest statement's
 * ending NAV on or before it, rolled forward by the calls and distributions after the statement.
 *
 * @param navStatementDate the period end of the statement the NAV was rolled forward from; null without one
 * @param portfolio the fund's schedule of investments figures; empty for an investor
 * @param sources every record a figure was read from, in id order
 */
public record Performance(LocalDate asOf, Figure committed, Figure called, Figure distributed, Figure recallable,
    Figure unfunded, Figure nav, LocalDate navStatementDate, Figure tvpi, Figure dpi, Figure rvpi, Figure pic,
    Xirr.Result irr, Figure managementFeesPaid, Figure carriedInterestAccrued, Optional<Portfolio> portfolio,
    List<Source> sources) {

  /**
   * Every figure by the name the API gives it, in the order of seed 004's tables: the amounts, the
   * multiples, the IRR (a year) and the period's return, fees and carry.
   */
  public Map<String, Figure> figures() {
    Map<String, Figure> figures = new LinkedHashMap<>();
    figures.put("committed", committed);
    figures.put("called", called);
    figures.put("distributed", distributed);
    figures.put("recallable", recallable);
    figures.put("unfunded", unfunded);
    figures.put("nav", nav);
    figures.put("tvpi", tvpi);
    figures.put("dpi", dpi);
    figures.put("rvpi", rvpi);
    figures.put("pic", pic);
    figures.put("irr", Figure.of("IRR", irr.annualized(), irr.reason()));
    figures.put("periodReturn", Figure.of("the period's return", irr.periodReturn(), irr.reason()));
    figures.put("managementFeesPaid", managementFeesPaid);
    figures.put("carriedInterestAccrued", carriedInterestAccrued);
    portfolio.ifPresent(p -> {
      figures.put("capitalDeployed", p.capitalDeployed());
      figures.put("realizedValue", p.realizedValue());
      figures.put("unrealizedValue", p.unrealizedValue());
      figures.put("grossMoic", p.grossMoic());
    });
    return figures;
  }

  /** One investor's performance. */
  public static Performance of(CapitalPosition position, LocalDate asOf) {
    return of(position, asOf, committed(position, asOf), Optional.empty());
  }

  /**
   * The fund's: its investors' flows together, each statement's lines summed, the commitment the
   * sum of each investor's (so it is known only when every investor's is), and its portfolio from
   * the schedules of investments.
   */
  public static Performance ofFund(Map<String, CapitalPosition> investors, List<Portfolio.Holding> holdings,
      LocalDate asOf) {
    List<Call> calls = investors.values().stream().flatMap(p -> p.calls().stream()).toList();
    List<Distribution> distributions = investors.values().stream().flatMap(p -> p.distributions().stream()).toList();
    Map<Source, List<Statement>> lines = investors.values().stream().flatMap(p -> p.statements().stream())
        .collect(Collectors.groupingBy(Statement::source, LinkedHashMap::new, Collectors.toList()));
    List<Statement> statements = lines.values().stream().map(Performance::summed).toList();
    Figure total = investors.entrySet().stream()
        .map(investor -> {
          Figure own = committed(investor.getValue(), asOf);
          return own.known() ? own : Figure.missing("commitment", "investor " + investor.getKey() + ": " + own.reason());
        })
        .reduce(Figure.of("commitment", BigDecimal.ZERO), Figure::plus);
    Figure committed = Figure.of("commitment", total.value(), total.reason());
    return of(new CapitalPosition(calls, distributions, statements), asOf, committed,
        Optional.of(Portfolio.of(holdings, asOf)));
  }

  private static Performance of(CapitalPosition position, LocalDate asOf, Figure committed,
      Optional<Portfolio> portfolio) {
    List<Call> calls = position.calls().stream().filter(c -> !c.dueDate().isAfter(asOf)).toList();
    List<Distribution> distributions = position.distributions().stream().filter(d -> !d.date().isAfter(asOf)).toList();
    Optional<Statement> statement = latestStatement(position, asOf);

    Figure called = Figure.of("paid-in capital", sum(calls, Call::amount));
    Figure distributed = Figure.of("distributions", sum(distributions, Distribution::gross));
    Figure recallable = Figure.of("recallable distributions", sum(distributions, Distribution::recallable));
    Figure nav = nav(calls, distributions, statement, asOf);

    List<Source> sources = new ArrayList<>();
    calls.forEach(c -> sources.add(c.source()));
    distributions.forEach(d -> sources.add(d.source()));
    statement.ifPresent(s -> sources.add(s.source()));
    portfolio.flatMap(Portfolio::source).ifPresent(sources::add);
    return new Performance(asOf, committed, called, distributed, recallable,
        committed.minus(called).plus(recallable),
        nav, statement.map(Statement::periodEnd).orElse(null),
        distributed.plus(nav).ratioTo(called, "TVPI"),
        distributed.ratioTo(called, "DPI"),
        nav.ratioTo(called, "RVPI"),
        called.ratioTo(committed, "PIC"),
        irr(calls, distributions, nav, asOf),
        statementFigure(statement, Statement::managementFeesItd, "management fees paid", asOf),
        statementFigure(statement, Statement::carriedInterestAccrued, "carried interest accrued", asOf),
        portfolio, distinctSorted(sources));
  }

  private static Optional<Statement> latestStatement(CapitalPosition position, LocalDate asOf) {
    return position.statements().stream().filter(s -> !s.periodEnd().isAfter(asOf))
        .max(Comparator.comparing(Statement::periodEnd));
  }

  /** One statement's lines as one: each field summed, unknown when any line lacks it. */
  private static Statement summed(List<Statement> lines) {
    Statement first = lines.get(0);
    return new Statement(first.periodEnd(), total(lines, Statement::endingNav), total(lines, Statement::managementFeesItd),
        total(lines, Statement::carriedInterestAccrued), total(lines, Statement::commitment), first.source());
  }

  private static BigDecimal total(List<Statement> lines, Function<Statement, BigDecimal> field) {
    return lines.stream().map(field).anyMatch(Objects::isNull) ? null
        : lines.stream().map(field).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** An investor's commitment as of the date: the latest statement's, else the latest call's. */
  private static Figure committed(CapitalPosition position, LocalDate asOf) {
    Optional<BigDecimal> stated = latestStatement(position, asOf).map(Statement::commitment);
    Optional<BigDecimal> called = position.calls().stream()
        .filter(c -> c.commitment() != null && !c.dueDate().isAfter(asOf))
        .max(Comparator.comparing(Call::dueDate)).map(Call::commitment);
    return Figure.of("commitment", stated.or(() -> called).orElse(null),
        "no capital account statement or capital call on or before " + asOf + " states the commitment");
  }

  /** The statement's ending NAV plus the calls and less the distributions after its period end. */
  private static Figure nav(List<Call> calls, List<Distribution> distributions, Optional<Statement> statement,
      LocalDate asOf) {
    if (statement.isEmpty() || statement.get().endingNav() == null) {
      return Figure.missing("NAV", "no capital account statement on or before " + asOf + " gives an ending NAV");
    }
    LocalDate periodEnd = statement.get().periodEnd();
    BigDecimal rolled = statement.get().endingNav()
        .add(sum(calls.stream().filter(c -> c.dueDate().isAfter(periodEnd)).toList(), Call::amount))
        .subtract(sum(distributions.stream().filter(d -> d.date().isAfter(periodEnd)).toList(), Distribution::gross));
    return Figure.of("NAV", rolled);
  }

  /** XIRR of the calls paid in, the distributions paid out and the NAV as a final inflow at the as-of date. */
  private static Xirr.Result irr(List<Call> calls, List<Distribution> distributions, Figure nav, LocalDate asOf) {
    if (!nav.known()) {
      return new Xirr.Result(null, null, 0, List.of(), nav.reason());
    }
    List<Xirr.CashFlow> flows = Stream.concat(
        calls.stream().map(c -> new Xirr.CashFlow(c.dueDate(), c.amount().negate())),
        distributions.stream().map(d -> new Xirr.CashFlow(d.date(), d.gross()))).toList();
    return Xirr.of(Stream.concat(flows.stream(), Stream.of(new Xirr.CashFlow(asOf, nav.value()))).toList());
  }

  private static Figure statementFigure(Optional<Statement> statement, Function<Statement, BigDecimal> field,
      String label, LocalDate asOf) {
    return statement.isEmpty()
        ? Figure.missing(label, "no capital account statement on or before " + asOf)
        : Figure.of(label, field.apply(statement.get()),
            "the capital account statement of " + statement.get().periodEnd() + " does not give the " + label);
  }

  private static <T> BigDecimal sum(List<T> items, Function<T, BigDecimal> amount) {
    return items.stream().map(amount).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static List<Source> distinctSorted(List<Source> sources) {
    return sources.stream().distinct()
        .sorted(Comparator.comparingLong(Source::noticeId).thenComparingInt(Source::version)).toList();
  }
}
