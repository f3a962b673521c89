package org.pmdc.hub.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyedNoticeTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aDistributionKeyedInMakesTheCanonicalDocumentOfItsMappingWithBlanksLeftOut() throws Exception {
    Map<String, String> first = new HashMap<>(Map.of("returnOfCapital", " 1000000.00 ", "realizedGain", "450000.10",
        "withholdingTax", ""));
    KeyedNotice notice = new KeyedNotice("distribution", "GF-III", "DN 2026/9", "2026-11-10", "2026-11-14", "USD", "",
        List.of(new KeyedNotice.Line("LP-0001", "Maple", first), new KeyedNotice.Line("", " ", Map.of("recallable", "")),
            new KeyedNotice.Line("LP-0002", null, Map.of("returnOfCapital", "600000.00"))));

    JsonNode document = JSON.readTree(notice.canonicalJson(JSON));

    assertThat(document).isEqualTo(JSON.readTree("""
        {"fundId":"GF-III","noticeReference":"DN 2026/9","noticeDate":"2026-11-10",
         "paymentDate":"2026-11-14","currency":"USD","allocations":[
          {"investorId":"LP-0001","investorName":"Maple","returnOfCapital":"1000000.00","realizedGain":"450000.10"},
          {"investorId":"LP-0002","returnOfCapital":"600000.00"}]}
        """));
    assertThat(notice.kind().mapping()).isEqualTo("pmdc-distribution-json");
    assertThat(notice.fileName()).isEqualTo("keyed-distribution-DN_2026_9.json");
  }

  @Test
  void aCapitalCallsSettlementDateIsItsDueDateAndItsFieldsAreLabelledAsWords() throws Exception {
    KeyedNotice notice = KeyedNotice.empty(KeyedNotice.Kind.CAPITAL_CALL, "2026-12-07", 3);
    KeyedNotice.Line keyed = new KeyedNotice.Line("LP-0001", null, Map.of("managementFees", "12.50"));
    KeyedNotice dated = new KeyedNotice(notice.recordType(), "GF-III", "CC-9", notice.noticeDate(), "2026-12-21", "USD",
        null, List.of(blank(), keyed, blank()));

    assertThat(notice.lines()).hasSize(3);
    assertThat(notice.keyedLines()).isEmpty();
    assertThat(notice.withLines(4).lines()).hasSize(4);
    assertThat(dated.compacted(2).lines()).as("keyed lines first, as the dry run numbers them").containsExactly(keyed, blank());
    assertThat(JSON.readTree(dated.canonicalJson(JSON)).get("dueDate").asText()).isEqualTo("2026-12-21");
    assertThat(notice.kind().label("managementFees")).isEqualTo("Management fees");
    assertThat(notice.kind().settlementLabel()).isEqualTo("Due date");
    assertThat(KeyedNotice.Kind.DISTRIBUTION.settlementLabel()).isEqualTo("Payment date");
  }

  private static KeyedNotice.Line blank() {
    return new KeyedNotice.Line(null, null, Map.of());
  }
}
