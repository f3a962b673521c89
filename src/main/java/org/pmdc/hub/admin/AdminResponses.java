package org.pmdc.hub.admin;

import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.pmdc.hub.api.ProblemException;
import org.springframework.stereotype.Component;

/** Shapes the answer of an admin INSERT for the {@code created} route. */
@Component("adminResponses")
public class AdminResponses {

  /**
   * The created resource's document; its location goes to the {@code location} property. An
   * INSERT that returned no row named a publisher or subscriber that does not exist.
   */
  public String created(Exchange exchange) {
    @SuppressWarnings("unchecked")
    Map<String, Object> row = exchange.getMessage().getBody(Map.class);
    if (row == null) {
      throw ProblemException.invalid(
          "The publisher or subscriber named in the request is not registered.", List.of());
    }
    exchange.setProperty("location", row.get("location"));
    return (String) row.get("document");
  }
}
