package org.pmdc.hub.admin;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.pmdc.hub.api.ProblemException;
import org.springframework.stereotype.Component;

/** Shapes the answers of admin statements: a created resource, a re-run submission. */
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

  /**
   * How many deliveries a replay sent back to their streams; replaying one that is pending
   * already ({@code deliveryId} given, none replayed) is a conflict.
   */
  public Map<String, Object> replayed(Number replayed, String deliveryId) {
    if (deliveryId != null && replayed.intValue() == 0) {
      throw new ProblemException(409, "not-replayable", "Not replayable",
          "Delivery " + deliveryId + " is pending: it is on its way already.");
    }
    return Map.of("replayed", replayed.intValue());
  }

  /**
   * The answer to a re-run ({@code sql/admin/rerun-submission.sql}): the submission's id once it
   * is queued again; 404 when there is no such submission, 409 when it is not quarantined or
   * failed (a stored one is never processed twice).
   */
  public Map<String, Object> rerun(Map<String, Object> row, UUID id) {
    if (row == null) {
      throw ProblemException.notFound("No submission " + id + ".");
    }
    if (!Boolean.TRUE.equals(row.get("rerun"))) {
      throw new ProblemException(409, "not-rerunnable", "Not re-runnable",
          "Submission " + id + " is " + row.get("previous_status") + "; only quarantined or failed submissions are re-run.");
    }
    return Map.of("id", id.toString(), "status", "received", "previousStatus", row.get("previous_status"));
  }
}
