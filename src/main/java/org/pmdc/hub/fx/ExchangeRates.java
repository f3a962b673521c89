package org.pmdc.hub.fx;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pmdc.hub.database.SqlFiles;
import org.springframework.stereotype.Component;

/**
 * Finds the published rates a pair needs on a date, by the rules of docs/metrics.md ("Exchange
 * rates"): for each currency but the euro, the last euro rate published on or before the date, no
 * older than {@code pmdc.fx.max-rate-age}; {@link ExchangeRate} computes from them. Without them,
 * the answer says why.
 */
@Component("exchangeRates")
public class ExchangeRates {

  private final SqlFiles sql;
  private final FxSettings settings;

  ExchangeRates(SqlFiles sql, FxSettings settings) {
    this.sql = sql;
    this.settings = settings;
  }

  /** The rate turning {@code base} into {@code quote} on {@code date}, or why there is none. */
  public ExchangeRate rate(String base, String quote, LocalDate date) {
    return legs(base, quote, date).map(legs -> ExchangeRate.of(base, quote, date, legs))
        .orElseGet(() -> ExchangeRate.notAvailable(base, quote, date, reason(base, quote, date)));
  }

  /** The euro rates both currencies need (none for the euro), if each has one recent enough. */
  private Optional<List<ExchangeRate.Leg>> legs(String base, String quote, LocalDate date) {
    if (base.equals(quote)) {
      return Optional.of(List.of()); // a currency into itself is 1 on any date, published or not
    }
    if (date.isAfter(LocalDate.now(ZoneOffset.UTC))) {
      return Optional.empty();
    }
    List<ExchangeRate.Leg> legs = new ArrayList<>();
    for (String currency : List.of(base, quote)) {
      if (!currency.equals(ExchangeRate.EURO) && legs.stream().noneMatch(leg -> leg.quote().equals(currency))) {
        Optional<ExchangeRate.Leg> leg = euroLeg(currency, date).filter(found -> recentEnough(found, date));
        if (leg.isEmpty()) {
          return Optional.empty();
        }
        legs.add(leg.get());
      }
    }
    return Optional.of(legs);
  }

  private boolean recentEnough(ExchangeRate.Leg leg, LocalDate date) {
    return !leg.rateDate().plusDays(settings.maxRateAge().toDays()).isBefore(date);
  }

  private Optional<ExchangeRate.Leg> euroLeg(String currency, LocalDate date) {
    return sql.statement("fx/rate-on-or-before.sql")
        .param("base", ExchangeRate.EURO).param("quote", currency).param("date", date.toString())
        .query((row, number) -> new ExchangeRate.Leg(row.getLong("id"), currency, row.getBigDecimal("rate"),
            row.getObject("rate_date", LocalDate.class), row.getInt("version"), row.getString("source")))
        .optional();
  }

  /** Why a pair has no rate on a date, in words an analyst can act on. */
  private String reason(String base, String quote, LocalDate date) {
    if (date.isAfter(LocalDate.now(ZoneOffset.UTC))) {
      return date + " is in the future: no rate is published for it yet";
    }
    for (String currency : List.of(base, quote)) {
      if (currency.equals(ExchangeRate.EURO)) {
        continue;
      }
      LocalDate first = sql.statement("fx/first-rate-date.sql").param("base", ExchangeRate.EURO).param("quote", currency)
          .query(LocalDate.class).optional().orElse(null);
      if (first == null) {
        return "the hub holds no rate for " + currency + " (its sources do not publish it, or none was fetched)";
      }
      if (first.isAfter(date)) {
        return "the first EUR/" + currency + " rate the hub holds is of " + first + ", after " + date;
      }
      Optional<ExchangeRate.Leg> last = euroLeg(currency, date);
      if (last.isPresent() && !recentEnough(last.get(), date)) {
        return "the latest EUR/" + currency + " rate on or before " + date + " is of " + last.get().rateDate()
            + ", more than " + settings.maxRateAge().toDays() + " days earlier (PMDC_FX_MAX_RATE_AGE)";
      }
    }
    return "no rate for " + base + "/" + quote + " on " + date;
  }
}
