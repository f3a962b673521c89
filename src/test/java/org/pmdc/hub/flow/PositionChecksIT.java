package org.pmdc.hub.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pmdc.hub.support.HubIntegrationTest;
import org.pmdc.hub.support.World;

/**
 * Checks across records: each investor's position in a fund, built from the publisher's earlier
 * records, against what a new record states; and the fund's currency.
 */
class PositionChecksIT extends HubIntegrationTest {

  private static final String CALL_HEADER = "fund_id,notice_reference,notice_date,due_date,currency,description,"
      + "notice_total,investor_id,investor_name,commitment,investments,management_fees,fund_expenses,other,amount,"
      + "unfunded_after\n";

  @Test
  void aCallThatDisagreesWithThePositionFromEarlierRecordsIsStoredWithWarningsNamingTheFigures() {
    World world = newWorld();
    // The first call the hub sees is the starting position; a distribution since gives some back.
    assertThat(messages(stored(world, sampleText("capital-call.csv")))).isEmpty();
    JsonNode distribution = stored(world, sampleText("distribution.csv").replace("DN-2026-003", "DN-2026-004")
        .replace("2026-11-10,2026-11-14", "2026-11-25,2026-11-28").replace("LP-0003,Ridgeline Family Office", "LP-0009,Aspen Trust"));
    assertThat(messages(distribution)).containsExactly(
        "4 LP-0009 a distribution to an investor no earlier capital call of this fund names");

    JsonNode call = stored(world, CALL_HEADER
        + row("CC-2026-009", "13600000.00", "LP-0001", "50000000.00", "750000.00", "30037500.00")
        + row("CC-2026-009", "13600000.00", "LP-0002", "35000000.00", "450000.00", "18082500.00")
        + row("CC-2026-009", "13600000.00", "LP-0003", "20000000.00", "12400000.00", "0.00"));

    assertThat(messages(call)).containsExactly(
        "2 LP-0001 unfundedAfter 30037500.00 disagrees with the position from earlier records: expected 30137500.00"
            + " (the unfunded commitment after CC-2026-008 of 2026-11-20, plus recallable amounts distributed since,"
            + " minus this call), off by 100000.00",
        "3 LP-0002 commitment 35000000.00 differs from the 30000000.00 stated in CC-2026-008 of 2026-11-20",
        "4 LP-0003 this call of 12400000.00 takes the investor past its commitment: 12315000.00 was left to call"
            + " after CC-2026-008 of 2026-11-20 (recallable amounts included)");
    JsonNode events = world.asPublisher().get("/api/v1/submissions/" + call.get("id").asText() + "/events").body();
    assertThat(events).filteredOn(e -> e.get("stage").asText().equals("stored")).singleElement()
        .satisfies(stored -> assertThat(stored.at("/detail/warnings")).hasSize(3));
  }

  @Test
  void aCapitalAccountStatementIsComparedWithTheNoticesStoredForItsPeriod() {
    World world = newWorld();
    // A call in the statement's quarter, LP-0002 called 500,000; no distribution notice of the quarter.
    stored(world, sampleText("capital-call.csv").replace("2026-11-20,2026-12-04", "2026-08-20,2026-09-04")
        .replace("1500000.00,LP", "1550000.00,LP").replace("450000.00,0.00,0.00,0.00,450000.00", "500000.00,0.00,0.00,0.00,500000.00"));

    JsonNode statement = stored(world, sampleText("capital-account-statement.csv"));

    assertThat(messages(statement)).containsExactly(
        "3 LP-0002 contributions 450000.00 for the period disagree with the capital calls stored for it, which total 500000.00");
  }

  @Test
  void aPublisherThatAsksForItHasSuchARecordRejected() {
    World world = newWorld();
    stored(world, sampleText("capital-call.csv"));
    assertThat(hub.patch("/api/v1/publishers/" + world.publisher(), "{\"positionChecks\": \"reject\"}").status()).isEqualTo(200);

    JsonNode rejected = world.awaitCompleted(world.submit("text/csv", CALL_HEADER
        + row("CC-2026-009", "750000.00", "LP-0001", "45000000.00", "750000.00", "30037500.00")).body().get("id").asText());

    assertThat(rejected.get("status").asText()).isEqualTo("rejected");
    assertThat(rejected.get("errors")).extracting(e -> e.get("message").asText()).contains(
        "commitment 45000000.00 differs from the 50000000.00 stated in CC-2026-008 of 2026-11-20");
  }

  @Test
  void aRecordInAnotherCurrencyThanItsFundsIsRefusedUnlessTheFundReportsInSeveral() {
    World world = newWorld();
    JsonNode refused = world.awaitCompleted(world.submit("text/csv",
        sampleText("capital-call.csv").replace(",USD,", ",EUR,")).body().get("id").asText());
    assertThat(refused.get("status").asText()).isEqualTo("rejected");
    assertThat(refused.get("errors")).extracting(e -> e.get("message").asText())
        .containsExactly("the fund GF-III reports in USD; a record in EUR needs the fund marked multiCurrency");

    assertThat(hub.post("/api/v1/funds", "application/json", """
        {"publisher":"%s","code":"GF-MC","name":"Global Fund","currency":"USD","multiCurrency":true}
        """.formatted(world.publisher())).status()).isEqualTo(201);
    stored(world, sampleText("capital-call.csv").replace("GF-III", "GF-MC").replace(",USD,", ",EUR,"));
  }

  private static String row(String reference, String total, String investor, String commitment, String amount,
      String unfunded) {
    return String.join(",", "GF-III", reference, "2026-12-01", "2026-12-15", "USD", "Second close", total, investor,
        "Investor " + investor, commitment, amount, "0.00", "0.00", "0.00", amount, unfunded) + "\n";
  }

  private static JsonNode stored(World world, String csv) {
    JsonNode done = world.awaitCompleted(world.submit("text/csv", csv).body().get("id").asText());
    assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("stored");
    return done;
  }

  /** The warnings about positions ("row investor message"), in row order; not the introduced investors. */
  private static List<String> messages(JsonNode status) {
    return status.get("warnings").findParents("message").stream()
        .filter(w -> !w.get("message").asText().startsWith("a new investor of this publisher"))
        .map(w -> w.get("row").asInt() + " " + w.get("value").asText() + " " + w.get("message").asText()).toList();
  }
}
