package org.pmdc.hub.console;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The stages a submission passes, as the journey page draws them: received, translated,
 * validated, stored, delivered, each done, under way, failed or not reached, read from the
 * submission's status and its deliveries.
 */
final class JourneyStages {

  /** One stage and how far the submission is with it. */
  public record Stage(String name, String state, String detail) {}

  private static final List<String> NAMES = List.of("received", "translated", "validated", "stored", "delivered");
  private static final Set<String> STORED = Set.of("stored", "partially_stored", "unchanged");
  private static final Set<String> REJECTED = Set.of("rejected", "quarantined");

  private JourneyStages() {}

  static List<Stage> of(Map<String, Object> submission) {
    String status = (String) submission.get("status");
    // Received and still to translate, unless it got further.
    int reached = 1;
    String failure = null;
    if (STORED.contains(status)) {
      reached = 4;
    } else if (REJECTED.contains(status)) {
      reached = 2;
      failure = status + ": " + submission.get("errorCount") + " error(s)";
    } else if ("failed".equals(status)) {
      failure = "failed: " + submission.get("lastError");
    }
    List<Map<String, Object>> deliveries = deliveries(submission);
    String[] states = new String[NAMES.size()];
    String[] details = new String[NAMES.size()];
    for (int i = 0; i < NAMES.size(); i++) {
      states[i] = i < reached ? "done" : i == reached ? (failure != null ? "failed" : "current") : "waiting";
      details[i] = i == reached ? failure : null;
    }
    if (reached == 4) {
      states[4] = deliveredState(deliveries);
      details[4] = deliveries.isEmpty() ? "no subscriber receives it" : summary(deliveries);
    }
    if ("awaiting_translation".equals(status)) {
      details[1] = "waiting for the translation service";
    }
    return IntStream.range(0, NAMES.size())
        .mapToObj(i -> new Stage(NAMES.get(i), states[i], details[i])).toList();
  }

  /** The submission document's deliveries. */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> deliveries(Map<String, Object> submission) {
    return submission.get("deliveries") instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
  }

  private static String deliveredState(List<Map<String, Object>> deliveries) {
    if (deliveries.stream().anyMatch(d -> "dead".equals(d.get("status")))) {
      return "failed";
    }
    if (deliveries.stream().anyMatch(d -> "pending".equals(d.get("status")))) {
      return "current";
    }
    return "done";
  }

  private static String summary(List<Map<String, Object>> deliveries) {
    long done = deliveries.stream().filter(d -> "delivered".equals(d.get("status"))).count();
    long dead = deliveries.stream().filter(d -> "dead".equals(d.get("status"))).count();
    return done + " of " + deliveries.size() + " delivered" + (dead > 0 ? ", " + dead + " dead" : "");
  }
}
