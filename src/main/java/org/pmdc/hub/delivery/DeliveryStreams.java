package org.pmdc.hub.delivery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Groups claimed deliveries into their streams, and keeps each stream in order as it is delivered. */
@Component("deliveryStreams")
public class DeliveryStreams {

  /** The claimed rows by channel and fund, each stream oldest first (RETURNING keeps no order). */
  public List<DeliveryStream> group(List<Map<String, Object>> claimed) {
    Map<String, List<ClaimedDelivery>> streams = new LinkedHashMap<>();
    claimed.stream()
        .map(ClaimedDelivery::of)
        .sorted(Comparator.comparingLong(ClaimedDelivery::id))
        .forEach(delivery -> streams.computeIfAbsent(delivery.stream(), key -> new ArrayList<>()).add(delivery));
    return streams.values().stream()
        .map(deliveries -> new DeliveryStream(deliveries.get(0).channel(), List.copyOf(deliveries)))
        .toList();
  }

  /** After an attempt ({@code record-attempt.sql} parameters): one that did not get through holds back the rest. */
  public void attempted(DeliveryStream stream, Map<String, Object> outcome) {
    if (!"delivered".equals(outcome.get("status"))) {
      stream.interrupt();
    }
  }
}
