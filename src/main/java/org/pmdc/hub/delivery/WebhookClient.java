package org.pmdc.hub.delivery;

import org.apache.camel.component.http.HttpComponent;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The HTTP client of LP webhooks, the {@code webhook-http:} endpoint of the {@code send-webhook}
 * route: its own component, so that only webhooks (not the translation service an operator
 * configures) are held to {@link DeliveryTargets}. It connects only to addresses the targets allow,
 * follows no redirect (a receiver answers 2xx or the attempt failed), does not retry on its own
 * (the outbox retries with backoff and records every attempt) and waits no longer than the
 * webhook timeouts: a slow receiver is retried later, not waited on.
 */
@Configuration(proxyBeanMethods = false)
class WebhookClient {

  @Bean(destroyMethod = "close")
  PoolingHttpClientConnectionManager webhookConnections(DeliveryTargets targets, DeliverySettings settings) {
    return PoolingHttpClientConnectionManagerBuilder.create()
        .setDnsResolver(targets)
        .setMaxConnTotal(200)
        .setMaxConnPerRoute(20)
        .setDefaultConnectionConfig(ConnectionConfig.custom()
            .setConnectTimeout(Timeout.of(settings.webhookConnectTimeout()))
            .setSocketTimeout(Timeout.of(settings.webhookResponseTimeout()))
            .build())
        .build();
  }

  @Bean("webhook-http")
  HttpComponent webhookHttp(PoolingHttpClientConnectionManager webhookConnections, DeliverySettings settings) {
    HttpComponent component = new HttpComponent();
    component.setClientConnectionManager(webhookConnections);
    component.setConnectTimeout(settings.webhookConnectTimeout().toMillis());
    component.setResponseTimeout(settings.webhookResponseTimeout().toMillis());
    component.setAutomaticRetriesDisabled(true);
    component.setRedirectHandlingDisabled(true);
    return component;
  }
}
