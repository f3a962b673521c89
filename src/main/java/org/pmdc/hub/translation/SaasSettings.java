package org.pmdc.hub.translation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The schema-translation service (docs/translation-saas.md).
 *
 * @param baseUrl the vendor's API root, e.g. {@code https://api.vendor.example}; unset: no layout
 *     may use it
 * @param apiKey sent as {@code X-API-Key}; from the environment, never logged
 * @param batchSize source records per call
 */
@ConfigurationProperties("pmdc.translation.saas")
record SaasSettings(String baseUrl, String apiKey, @DefaultValue("500") int batchSize) {}
