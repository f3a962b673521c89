package org.pmdc.hub.api;

import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * The JSON document a statement returned for one resource: found (or 404 when it found none), or
 * created (201 with its location).
 */
@Component("documents")
public class Documents {

  /**
   * The created resource's document (the statement's {@code document} column); its {@code
   * location} column goes to the {@code location} property. An INSERT that returned no row named a
   * publisher or subscriber that does not exist.
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

  /**
   * @param kind what was asked for, for the message ("subscription", "delivery", "record")
   * @param id the id the caller gave
   */
  public String found(String document, String kind, String id) {
    if (document == null) {
      throw ProblemException.notFound("No " + kind + " " + id + ".");
    }
    return document;
  }
}
