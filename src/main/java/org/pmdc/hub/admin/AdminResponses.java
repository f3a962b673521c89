package org.pmdc.hub.admin;

import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.pmdc.hub.api.ProblemException;
import org.springframework.stereotype.Component;

/** Shapes the answer of the investor register's statement. */
@Component("adminResponses")
public class AdminResponses {

  /**
   * The registered investor ({@code sql/investors/register-investor.sql}): 201, or 422 for an
   * unknown publisher, or 409 when the investor is registered already.
   */
  public String registeredInvestor(Exchange exchange, Map<String, Object> request) {
    @SuppressWarnings("unchecked")
    Map<String, Object> row = exchange.getMessage().getBody(Map.class);
    if (!Boolean.TRUE.equals(row.get("publisher_exists"))) {
      throw ProblemException.invalid("The publisher named in the request is not registered.", List.of());
    }
    if (row.get("document") == null) {
      throw new ProblemException(409, "conflict", "Conflict", "Investor '" + request.get("code") + "' of publisher '"
          + request.get("publisher") + "' is registered already.");
    }
    exchange.setProperty("location", row.get("location"));
    return (String) row.get("document");
  }
}
