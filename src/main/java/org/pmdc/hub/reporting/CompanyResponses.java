package org.pmdc.hub.reporting;

import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.pmdc.hub.api.ProblemException;
import org.pmdc.hub.api.RowError;
import org.springframework.stereotype.Component;

/** Shapes the answers of {@code sql/companies/}: status, Location and the version's ETag. */
@Component("companyResponses")
public class CompanyResponses {

  /**
   * The saved company ({@code save-company.sql}): 201 with its Location when created, 200 when
   * updated; 422 for an unknown publisher or fund, 412 when If-Match named another version.
   */
  public String saved(Exchange exchange, Map<String, Object> request) {
    Message message = exchange.getMessage();
    Map<?, ?> row = message.getBody(Map.class);
    if (!Boolean.TRUE.equals(row.get("publisher_exists"))) {
      throw ProblemException.invalid("The publisher named in the request is not registered.",
          List.of(RowError.ofNotice("publisher", (String) request.get("publisher"), "not a registered publisher")));
    }
    if (!Boolean.TRUE.equals(row.get("fund_exists"))) {
      throw ProblemException.invalid("The fund named in the request is not one of the publisher's.",
          List.of(RowError.ofNotice("fund", (String) request.get("fund"), "not a fund of publisher " + request.get("publisher"))));
    }
    if (row.get("document") == null) {
      Object current = row.get("current_version");
      throw new ProblemException(412, "precondition-failed", "Precondition Failed", current == null
          ? "Company '" + request.get("code") + "' does not exist: create it without If-Match."
          : "Company '" + request.get("code") + "' is at version " + current + " (ETag \"v" + current
              + "\"), not the one If-Match names: read it again and apply the change to what it is now.");
    }
    message.removeHeaders("*");
    boolean created = Boolean.TRUE.equals(row.get("created"));
    message.setHeader(Exchange.HTTP_RESPONSE_CODE, created ? 201 : 200);
    if (created) {
      message.setHeader("Location", row.get("location"));
    }
    respond(message, row.get("version"));
    return (String) row.get("document");
  }

  /** One company ({@code company.sql}), with its ETag; 404 when the caller sees none of that id. */
  public String found(Exchange exchange) {
    Message message = exchange.getMessage();
    List<?> rows = message.getBody(List.class);
    if (rows.isEmpty()) {
      throw ProblemException.notFound("No company has the id '" + message.getHeader("id") + "'.");
    }
    Map<?, ?> row = (Map<?, ?>) rows.get(0);
    message.removeHeaders("*");
    respond(message, row.get("version"));
    return (String) row.get("document");
  }

  private static void respond(Message message, Object version) {
    message.setHeader("ETag", "\"v" + version + "\"");
    message.setHeader(Exchange.CONTENT_TYPE, "application/json");
  }
}
