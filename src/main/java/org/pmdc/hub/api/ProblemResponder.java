package org.pmdc.hub.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Turns the exception caught by the shared error handling ({@code routes/hub-errors.camel.yaml})
 * into an RFC 9457 {@code application/problem+json} response. A {@link ProblemException} keeps
 * its status and detail; a unique-key violation is a 409; anything else is a 500 whose detail
 * gives nothing away but the exchange id to quote to support.
 */
@Component("problemResponder")
public class ProblemResponder {

  private static final Logger log = LoggerFactory.getLogger(ProblemResponder.class);

  private final ObjectMapper json;

  ProblemResponder(ObjectMapper json) {
    this.json = json;
  }

  public void respond(Exchange exchange) throws Exception {
    Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
    ProblemException problem = asProblem(cause, exchange.getExchangeId());
    ObjectNode body = problem.document(json, exchange.getMessage().getHeader(Exchange.HTTP_URI, String.class));
    exchange.getMessage().removeHeaders("*");
    exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, problem.status());
    exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/problem+json");
    exchange.getMessage().setBody(json.writeValueAsString(body));
  }

  private static ProblemException asProblem(Throwable caught, String exchangeId) {
    // Beans called from expressions arrive wrapped: look through the causes.
    for (Throwable cause = caught; cause != null; cause = cause.getCause()) {
      if (cause instanceof ProblemException problem) {
        return problem;
      }
      if (cause instanceof DuplicateKeyException) {
        return new ProblemException(
            409, "conflict", "Conflict", "A record with the same identifying code already exists.");
      }
    }
    log.error("Unexpected failure in exchange {}", exchangeId, caught);
    return new ProblemException(
        500,
        "internal-error",
        "Internal error",
        "The hub could not complete the request; quote " + exchangeId + " to support.");
  }
}
