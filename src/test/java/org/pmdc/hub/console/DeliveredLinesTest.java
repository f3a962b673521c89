package org.pmdc.hub.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeliveredLinesTest {

  private static final List<Map<String, Object>> RECORDS = List.of(
      Map.of("id", "call", "lines", List.of(
          Map.of("sourceRow", 2, "investorId", "LP-0001"),
          Map.of("sourceRow", 3, "investorId", "LP-0002"),
          Map.of("sourceRow", 4, "investorId", "LP-0003"))),
      Map.of("id", "schedule", "lines", List.of(Map.of("sourceRow", 2, "company", "NWR"))));

  @Test
  void eachDeliveryCarriesTheLinesOfTheInvestorsItsSubscriptionRepresents() {
    Map<Object, List<Map<String, Object>>> received = DeliveredLines.of(RECORDS, List.of(
        Map.of("id", "to-maple", "recordId", "call", "investors", List.of("LP-0001", "LP-0003")),
        Map.of("id", "to-all", "recordId", "call", "investors", "all"),
        Map.of("id", "to-nobody", "recordId", "call", "investors", List.of())));

    assertThat(received.get("to-maple")).extracting(line -> line.get("sourceRow")).containsExactly(2, 4);
    assertThat(received.get("to-all")).hasSize(3);
    assertThat(received.get("to-nobody")).isEmpty();
  }

  @Test
  void aFundLevelRecordIsReceivedWholeAndAnUnknownRecordAsNothing() {
    Map<Object, List<Map<String, Object>>> received = DeliveredLines.of(RECORDS, List.of(
        Map.of("id", "schedule-to-all", "recordId", "schedule", "investors", "all"),
        Map.of("id", "elsewhere", "recordId", "another submission's", "investors", "all")));

    assertThat(received.get("schedule-to-all")).extracting(line -> line.get("company")).containsExactly("NWR");
    assertThat(received.get("elsewhere")).isEmpty();
  }
}
