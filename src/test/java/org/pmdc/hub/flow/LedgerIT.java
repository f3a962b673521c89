package org.pmdc.hub.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pmdc.hub.support.HubIntegrationTest;
import org.pmdc.hub.support.World;

/**
 * A fund administrator's ledger: many funds and calls in one file, split by the mapping's
 * records.groupBy into records that are each validated, versioned and delivered on their own.
 */
class LedgerIT extends HubIntegrationTest {

  private static final String LEDGER_MAPPING = "cedar-capital-call-ledger-csv";
  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Test
  void eachCallOfALedgerIsStoredAndDeliveredOnItsOwn() throws Exception {
    World world = ledgerWorld();

    JsonNode done = world.awaitCompleted(world.submit("text/csv", sampleText("cedar-call-ledger.csv")).body().get("id").asText());

    assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("stored");
    assertThat(done.at("/mapping/id").asText()).isEqualTo(LEDGER_MAPPING);
    assertThat(done.get("rowCount").asInt()).isEqualTo(10);
    assertThat(done.get("records")).extracting(r -> r.get("fund").asText() + " " + r.get("reference").asText()
            + " " + r.get("status").asText() + " " + r.get("rowCount").asInt())
        .containsExactly("ECF-I CC-3 stored 2", "GF-III CC-2026-07 stored 3", "GF-III CC-2026-10 stored 3",
            "VF-II CC-11 stored 2");
    assertThat(done.get("records")).allSatisfy(r -> assertThat(r.get("noticeId").asText()).isNotBlank());
    // The October call is checked against the July one stored from the same file just before it.
    assertThat(done.at("/records/2/warnings").toString()).doesNotContain("unfunded");
    List<JsonNode> delivered = webhookData(world, 4);
    assertThat(delivered).extracting(d -> d.get("fundId").asText() + " " + d.get("noticeReference").asText()
            + " " + d.at("/totals/amount").asText())
        .containsExactlyInAnyOrder("ECF-I CC-3 1937500.00", "GF-III CC-2026-07 2135000.00",
            "GF-III CC-2026-10 3125000.00", "VF-II CC-11 5330000.00");
    assertThat(done.get("deliveries")).hasSize(4);
    String submission = "(SELECT id FROM submission WHERE public_id = '" + done.get("id").asText() + "')";
    // One transaction per record: a failure storing one cannot undo another.
    assertThat(count("SELECT count(DISTINCT n.xmin::text) FROM notice n JOIN submission_record r ON r.notice_id = n.id"
        + " WHERE r.submission_id = " + submission)).isEqualTo(4);
    assertThat(count("SELECT count(*) FROM staged_allocation WHERE submission_id = " + submission)).isZero();
  }

  @Test
  void theAdministratorsWorkbookOfTheSameLedgerGivesTheSameRecords() throws Exception {
    World world = ledgerWorld();
    byte[] workbook = Files.readAllBytes(Path.of("sample-files", "cedar-call-ledger.xlsx"));

    JsonNode done = world.awaitCompleted(world.submit(XLSX, workbook).body().get("id").asText());

    assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("stored");
    assertThat(done.at("/mapping/id").asText()).isEqualTo("cedar-capital-call-ledger-xlsx");
    assertThat(done.get("records")).extracting(r -> r.get("fund").asText() + " " + r.get("reference").asText())
        .containsExactly("ECF-I CC-3", "GF-III CC-2026-07", "GF-III CC-2026-10", "VF-II CC-11");
    List<JsonNode> delivered = webhookData(world, 4);
    assertThat(delivered).extracting(d -> d.get("noticeReference").asText() + " " + d.get("dueDate").asText()
            + " " + d.at("/totals/amount").asText())
        .containsExactlyInAnyOrder("CC-3 2026-10-15 1937500.00", "CC-2026-07 2026-07-29 2135000.00",
            "CC-2026-10 2026-10-29 3125000.00", "CC-11 2026-09-15 5330000.00");
  }

  @Test
  void aBadCallIsRejectedWithItsRowErrorsWhileTheGoodOnesAreStored() throws Exception {
    World world = ledgerWorld();
    String ledger = sampleText("cedar-call-ledger.csv")
        .replace("VF-II,CC-11,09/01/2026,09/15/2026,USD,LP-0004", "VF-II,CC-11,09/01/2026,31/09/2026,USD,LP-0004");

    JsonNode done = world.awaitCompleted(world.submit("text/csv", ledger).body().get("id").asText());

    assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("partially_stored");
    assertThat(done.get("records")).extracting(r -> r.get("reference").asText() + " " + r.get("status").asText())
        .containsExactly("CC-3 stored", "CC-2026-07 stored", "CC-2026-10 stored", "CC-11 rejected");
    JsonNode rejected = done.at("/records/3");
    assertThat(rejected.get("noticeId").isNull()).isTrue();
    assertThat(rejected.get("errors")).extracting(e -> e.get("row").asInt() + " " + e.get("field").asText())
        .contains("10 Due Date");
    assertThat(done.get("errors")).allSatisfy(e -> {
      assertThat(e.get("record").asText()).isEqualTo("CC-11");
      assertThat(e.get("fund").asText()).isEqualTo("VF-II");
    });
    assertThat(webhookData(world, 3)).extracting(d -> d.get("noticeReference").asText())
        .containsExactlyInAnyOrder("CC-3", "CC-2026-07", "CC-2026-10");
  }

  @Test
  void aLedgerSentAgainWithOneCallCorrectedAmendsThatCallOnly() throws Exception {
    World world = ledgerWorld();
    String ledger = sampleText("cedar-call-ledger.csv");
    world.awaitCompleted(world.submit("text/csv", ledger).body().get("id").asText());
    webhookData(world, 4);
    String corrected = ledger.replace("\"3,200,000.00\",\"80,000.00\",0.00,\"3,280,000.00\",\"36,720,000.00\"",
        "\"3,200,000.00\",\"80,000.00\",\"1,000.00\",\"3,281,000.00\",\"36,719,000.00\"");

    JsonNode done = world.awaitCompleted(world.submit("text/csv", corrected).body().get("id").asText());

    assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("stored");
    assertThat(done.get("records")).extracting(r -> r.get("reference").asText() + " " + r.get("status").asText()
            + " v" + r.get("version").asInt())
        .containsExactly("CC-3 unchanged v1", "CC-2026-07 unchanged v1", "CC-2026-10 unchanged v1", "CC-11 amended v2");
    List<JsonNode> delivered = webhookData(world, 5);
    assertThat(delivered.get(4).get("noticeReference").asText()).isEqualTo("CC-11");
    assertThat(delivered.get(4).at("/totals/amount").asText()).isEqualTo("5331000.00");
  }

  @Test
  void thePreviewListsTheRecordsFoundAndEachOnesOutcome() {
    World world = ledgerWorld();
    String ledger = sampleText("cedar-call-ledger.csv").replace("ECF-I,CC-3", "ECF-IX,CC-3");
    long submissions = count("SELECT count(*) FROM submission");

    JsonNode doc = world.asPublisher().post("/api/v1/mappings/preview", "text/csv", ledger).body();

    assertThat(doc.get("accepted").asBoolean()).as(doc.toString()).isFalse();
    assertThat(doc.at("/mapping/id").asText()).isEqualTo(LEDGER_MAPPING);
    assertThat(doc.get("records")).extracting(r -> r.get("fund").asText() + " " + r.get("reference").asText()
            + " " + r.get("outcome").asText())
        .containsExactly("ECF-IX CC-3 rejected", "GF-III CC-2026-07 accepted", "GF-III CC-2026-10 accepted",
            "VF-II CC-11 accepted");
    assertThat(doc.at("/records/0/errors/0/field").asText()).isEqualTo("Fund Code");
    assertThat(count("SELECT count(*) FROM submission")).isEqualTo(submissions);
  }

  /** A publisher with the ledger's three funds. */
  private World ledgerWorld() {
    return newWorld().withFund("VF-II", "USD").withFund("ECF-I", "EUR");
  }

  private List<JsonNode> webhookData(World world, int count) throws Exception {
    List<JsonNode> data = new java.util.ArrayList<>();
    for (var request : world.awaitWebhooks(count)) {
      data.add(JSON.readTree(request.getBodyAsString()).get("data"));
    }
    return data;
  }
}
