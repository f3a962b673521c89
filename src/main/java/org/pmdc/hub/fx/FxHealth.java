package org.pmdc.hub.fx;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.pmdc.hub.database.SqlFiles;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * The {@code fxRates} health component: UP while the latest rate the hub holds is no older than
 * {@code pmdc.fx.stale-after} (fetches keep it so); {@code STALE} otherwise — fetches failing, or a
 * hub that only has the seed file's rates — without failing the hub: it still converts with the
 * rates it holds, within their age limit. The details give the last success and the last failure.
 */
@Component("fxRates")
class FxHealth implements HealthIndicator {

  static final Status STALE = new Status("STALE", "no exchange rates fetched or imported recently");

  private final SqlFiles sql;
  private final FxSettings settings;

  FxHealth(SqlFiles sql, FxSettings settings) {
    this.sql = sql;
    this.settings = settings;
  }

  /** A fetch or import as the health shows it. */
  record Fetch(String outcome, String source, Instant at, @JsonIgnore LocalDate latestRateDate, String error) {}

  @Override
  public Health health() {
    Map<String, Fetch> last = sql.statement("fx/last-fetches.sql")
        .query((row, number) -> new Fetch(row.getString("outcome"), row.getString("source"),
            row.getObject("finished_at", OffsetDateTime.class).toInstant(),
            row.getObject("latest_rate_date", LocalDate.class), row.getString("error")))
        .list().stream().collect(Collectors.toMap(Fetch::outcome, fetch -> fetch));
    LocalDate latestRate = last.values().stream().map(Fetch::latestRateDate).filter(Objects::nonNull)
        .findFirst().orElse(null);
    boolean fresh = latestRate != null
        && !latestRate.plusDays(settings.staleAfter().toDays()).isBefore(LocalDate.now(ZoneOffset.UTC));
    Health.Builder health = Health.status(fresh ? Status.UP : STALE)
        .withDetail("source", settings.source())
        .withDetail("latestRateDate", String.valueOf(latestRate))
        .withDetail("staleAfter", settings.staleAfter().toString());
    if (last.containsKey("succeeded")) {
      health.withDetail("lastSuccess", last.get("succeeded"));
    }
    if (last.containsKey("failed")) {
      health.withDetail("lastFailure", last.get("failed"));
    }
    return health.build();
  }
}
