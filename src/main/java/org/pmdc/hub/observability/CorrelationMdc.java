package org.pmdc.hub.observability;

import org.apache.camel.AsyncCallback;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.NamedNode;
import org.apache.camel.Processor;
import org.apache.camel.spi.InterceptStrategy;
import org.apache.camel.support.processor.DelegateAsyncProcessor;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * Puts the submission id and delivery id a route is working on into the logging MDC around every
 * step, so each log line (structured JSON by default) carries them as correlation fields. Routes
 * name them in the exchange properties {@code pmdcSubmissionId} and {@code pmdcDeliveryId}.
 */
@Component
class CorrelationMdc implements InterceptStrategy {

  static final String SUBMISSION_KEY = "pmdc.submission_id";
  static final String DELIVERY_KEY = "pmdc.delivery_id";

  @Override
  public Processor wrapProcessorInInterceptors(
      CamelContext context, NamedNode definition, Processor target, Processor nextTarget) {
    return new DelegateAsyncProcessor(target) {
      @Override
      public boolean process(Exchange exchange, AsyncCallback callback) {
        put(SUBMISSION_KEY, exchange.getProperty("pmdcSubmissionId"));
        put(DELIVERY_KEY, exchange.getProperty("pmdcDeliveryId"));
        try {
          return super.process(exchange, callback);
        } finally {
          MDC.remove(SUBMISSION_KEY);
          MDC.remove(DELIVERY_KEY);
        }
      }
    };
  }

  private static void put(String key, Object value) {
    if (value != null) {
      MDC.put(key, value.toString());
    }
  }
}
