package org.pmdc.hub.cohorts;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.pmdc.hub.api.ProblemException;
import org.springframework.stereotype.Component;

/** Shapes the answers of {@code sql/cohorts/}' writes: 201 or 409 for a new row, 200 or 404 for a change. */
@Component("cohortResponses")
public class CohortResponses {

  /** The row an insert returned (201), or none because the key is taken (409). */
  public String created(Exchange exchange, String what) {
    String document = exchange.getMessage().getBody(String.class);
    if (document == null) {
      throw new ProblemException(409, "conflict", "Conflict", "The company has " + what + " already: change it"
          + " (PUT) instead, or leave it.");
    }
    return respond(exchange.getMessage(), 201, document);
  }

  /** The row an update returned (200), or none because there is no such row (404). */
  public String changed(Exchange exchange, String what) {
    String document = exchange.getMessage().getBody(String.class);
    if (document == null) {
      throw ProblemException.notFound("The company has no " + what + ".");
    }
    return respond(exchange.getMessage(), 200, document);
  }

  /** A removed row (204), or none to remove (404). */
  public void removed(Exchange exchange, String what) {
    if (exchange.getMessage().getBody() == null) {
      throw ProblemException.notFound("The company has no " + what + ".");
    }
    Message message = exchange.getMessage();
    message.removeHeaders("*");
    message.setHeader(Exchange.HTTP_RESPONSE_CODE, 204);
    message.setBody(null);
  }

  private static String respond(Message message, int status, String document) {
    message.removeHeaders("*");
    message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
    message.setHeader(Exchange.CONTENT_TYPE, "application/json");
    return document;
  }
}
