package org.pmdc.hub.fx;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where reference rates come from and how old one may be (docs/metrics.md, "Exchange rates").
 *
 * @param source {@code ecb} (the ECB's daily XML, its 90-day and full-history files for a
 *     back-fill) or {@code frankfurter} (a Frankfurter-compatible JSON API)
 * @param ecbBaseUrl the folder of the ECB's {@code eurofxref-*.xml} files
 * @param frankfurterBaseUrl the root of the Frankfurter-compatible API
 * @param maxRateAge the oldest a rate may be, before the date it is asked for, to be used for it
 *     (a quarter end on a weekend or holiday takes the last business day's); older is "not available"
 * @param staleAfter the health shows FX as stale when the latest rate held is older than this
 * @param seedFile an ECB history CSV loaded when the hub starts with no rates at all; empty: none
 */
@ConfigurationProperties("pmdc.fx")
public record FxSettings(
    @DefaultValue("ecb") String source,
    @DefaultValue("https://www.ecb.europa.eu/stats/eurofxref") String ecbBaseUrl,
    @DefaultValue("https://api.frankfurter.app") String frankfurterBaseUrl,
    @DefaultValue("7d") Duration maxRateAge,
    @DefaultValue("6d") Duration staleAfter,
    @DefaultValue("") String seedFile) {}
