package org.pmdc.hub.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.pmdc.hub.api.PageRequest;
import org.pmdc.hub.api.ProblemException;
import org.pmdc.hub.api.RequestReader;
import org.springframework.stereotype.Component;

/**
 * Reads the requests of {@code routes/deliveries-api.camel.yaml} into the named parameters of
 * their SQL: the deliveries list (the dead-letter view among them) and replays, and a replay's answer.
 */
@Component("deliveryRequests")
public class DeliveryRequests {

  private static final List<String> DELIVERY_STATUSES = List.of("pending", "delivered", "dead");

  private final ObjectMapper json;

  DeliveryRequests(ObjectMapper json) {
    this.json = json;
  }

  /**
   * {@code GET /deliveries?status=&subscriber=&cursor=&limit=}: the parameters of {@code
   * list-deliveries.sql}.
   */
  public Map<String, Object> deliveryQuery(Exchange exchange) {
    RequestReader in = RequestReader.query(exchange.getMessage(), "status", "subscriber");
    PageRequest page = in.page();
    String status = in.text("status", false);
    in.check(status == null || DELIVERY_STATUSES.contains(status), "status", status, "must be one of " + DELIVERY_STATUSES);
    Map<String, Object> row = new HashMap<>();
    row.put("status", status);
    row.put("subscriber", in.text("subscriber", false));
    row.put("before", page.cursor());
    row.put("limit", page.limit());
    return in.done(row);
  }

  /**
   * {@code POST /deliveries/replay}: all of a subscriber's deliveries queued in a time range
   * ({@code from} inclusive, {@code to} exclusive, ISO 8601 instants), or everything dead
   * ({@code "status": "dead"}, optionally one subscriber's).
   */
  public Map<String, Object> replay(String body) {
    RequestReader in = RequestReader.body(json, body, false);
    String subscriber = in.text("subscriber", false);
    String status = in.text("status", false);
    in.check(status == null || status.equals("dead") || status.equals("delivered"), "status", status,
        "must be dead or delivered (a pending delivery is on its way already)");
    in.check(subscriber != null || "dead".equals(status), "subscriber", null,
        "name the subscriber whose deliveries to replay, or replay everything dead with \"status\": \"dead\"");
    Map<String, Object> row = replayRow(null);
    row.put("subscriber", subscriber);
    row.put("status", status);
    row.put("from", in.instant("from"));
    row.put("to", in.instant("to"));
    row.put("request", in.asJson());
    return in.done(row);
  }

  /** {@code POST /deliveries/{id}/replay}. */
  public Map<String, Object> replayOne(String deliveryId) {
    Map<String, Object> row = replayRow(deliveryId);
    row.put("request", json.createObjectNode().put("deliveryId", deliveryId).toString());
    return row;
  }

  private static Map<String, Object> replayRow(String deliveryId) {
    Map<String, Object> row = new HashMap<>();
    row.put("deliveryId", deliveryId);
    row.put("subscriber", null);
    row.put("status", null);
    row.put("from", null);
    row.put("to", null);
    return row;
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
}
