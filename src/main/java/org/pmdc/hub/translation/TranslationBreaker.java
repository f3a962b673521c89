package org.pmdc.hub.translation;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The circuit breaker around every call to the translation service, used by the {@code
 * call-translation-service} route's Resilience4j EIP. Its state is the {@code translationService}
 * health component (UP whatever the state — an open breaker is the vendor's outage, not the
 * hub's, and must not take the hub out of its load balancer) and the gauge
 * {@code pmdc_translation_breaker_state{state=closed|open|half_open|…}}.
 */
@Configuration
class TranslationBreaker {

  @Bean
  CircuitBreaker translationServiceBreaker(SaasSettings settings, MeterRegistry meters) {
    SaasSettings.Breaker breaker = settings.breaker();
    CircuitBreaker circuitBreaker = CircuitBreaker.of("translation-service", CircuitBreakerConfig.custom()
        .failureRateThreshold(breaker.failureRateThreshold())
        .slidingWindowSize(breaker.slidingWindowSize())
        .minimumNumberOfCalls(breaker.minimumNumberOfCalls())
        .waitDurationInOpenState(breaker.waitInOpenState())
        .permittedNumberOfCallsInHalfOpenState(breaker.trialCalls())
        .automaticTransitionFromOpenToHalfOpenEnabled(true)
        .build());
    for (CircuitBreaker.State state : CircuitBreaker.State.values()) {
      Gauge.builder("pmdc.translation.breaker.state", circuitBreaker, b -> b.getState() == state ? 1 : 0)
          .tag("state", state.name().toLowerCase())
          .description("1 for the translation service breaker's current state")
          .register(meters);
    }
    return circuitBreaker;
  }

  @Bean
  HealthIndicator translationServiceHealthIndicator(CircuitBreaker translationServiceBreaker) {
    return () -> Health.up()
        .withDetails(Map.of(
            "breaker", translationServiceBreaker.getState().name(),
            "failureRate", translationServiceBreaker.getMetrics().getFailureRate()))
        .build();
  }
}
