package org.pmdc.hub.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.pmdc.hub.support.HubClient;
import org.pmdc.hub.support.HubIntegrationTest;
import org.pmdc.hub.support.World;

/**
 * The reports beside notices, from the shipped sample files to the LP's webhook: a capital account
 * statement (CSV), a schedule of investments (XLSX header block + table), portfolio companies'
 * quarterly metrics (JSON), and the rules each must meet.
 */
class RecordTypesIT extends HubIntegrationTest {

  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Test
  void aCapitalAccountStatementIsStoredPerInvestorAndDeliveredWithItsRollForward() throws Exception {
    World world = newWorld();

    JsonNode done = world.awaitCompleted(
        world.submit("text/csv", sampleText("capital-account-statement.csv")).body().get("id").asText());

    assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("stored");
    assertThat(done.at("/mapping/id").asText()).isEqualTo("pmdc-capital-account-statement-csv");
    JsonNode event = JSON.readTree(world.awaitWebhooks(1).get(0).getBodyAsString());
    assertThat(event.get("type").asText()).isEqualTo("capital_account_statement.published");
    JsonNode data = event.get("data");
    assertThat(data.get("periodEnd").asText()).isEqualTo("2026-09-30");
    assertThat(data.get("lines")).hasSize(3);
    assertThat(data.get("lineCount").asLong()).isEqualTo(3);
    assertThat(data.at("/lines/0/investorId").asText()).isEqualTo("LP-0001");
    assertThat(data.at("/lines/0/realizedGainLoss").asText()).isEqualTo("-150000.00");
    assertThat(data.at("/lines/0/endingNav").asText()).isEqualTo("18880000.00");
    assertThat(data.at("/lines/2/endingNavItd").asText()).isEqualTo("7552000.00");
    assertThat(count("SELECT count(*) FROM investor i JOIN publisher p ON p.id = i.publisher_id"
        + " WHERE p.code = ? AND i.name = 'Cedar Family Office'", world.publisher())).isEqualTo(1);
  }

  @Test
  void anEndingNavThatDoesNotRollForwardIsRejectedOnItsRow() {
    World world = newWorld();
    String broken = sampleText("capital-account-statement.csv").replace(",18880000.00,16668000.00,", ",18880100.00,16668000.00,");

    JsonNode done = world.awaitCompleted(world.submit("text/csv", broken).body().get("id").asText());

    assertThat(done.get("status").asText()).isEqualTo("rejected");
    assertThat(done.get("errors")).anySatisfy(error -> {
      assertThat(error.get("row").asInt()).isEqualTo(2);
      assertThat(error.get("field").asText()).isEqualTo("ending_nav");
      assertThat(error.get("message").asText()).isEqualTo("does not equal the sum of its components (18880000.00)");
    });
    assertThat(count("SELECT count(*) FROM record_line l JOIN notice n ON n.id = l.notice_id"
        + " JOIN publisher p ON p.id = n.publisher_id WHERE p.code = ?", world.publisher())).isZero();
  }

  @Test
  void aScheduleOfInvestmentsIsReadFromAWorkbookAndTotalledAndIsARecordApartFromTheStatementOfTheSameDate()
      throws Exception {
    World world = newWorld();
    byte[] workbook = Files.readAllBytes(Path.of("sample-files", "keystone-schedule-of-investments.xlsx"));

    JsonNode schedule = world.awaitCompleted(world.submit(XLSX, workbook).body().get("id").asText());
    JsonNode statement = world.awaitCompleted(
        world.submit("text/csv", sampleText("capital-account-statement.csv")).body().get("id").asText());

    assertThat(schedule.get("status").asText()).as(schedule.toString()).isEqualTo("stored");
    assertThat(statement.get("status").asText()).as(statement.toString()).isEqualTo("stored");
    assertThat(count("SELECT count(*) FROM notice n JOIN publisher p ON p.id = n.publisher_id"
        + " WHERE p.code = ? AND n.notice_reference = '2026-09-30' AND n.version = 1", world.publisher())).isEqualTo(2);
    JsonNode data = world.awaitWebhooks(2).stream()
        .map(request -> readTree(request.getBodyAsString()).get("data"))
        .filter(d -> d.get("recordType").asText().equals("schedule_of_investments"))
        .findFirst().orElseThrow();
    assertThat(data.get("asOfDate").asText()).isEqualTo("2026-09-30");
    assertThat(data.get("lines")).hasSize(4);
    assertThat(data.at("/lines/0/fairValue").asText()).isEqualTo("18500000.00");
    assertThat(data.at("/lines/0/investmentDate").asText()).isEqualTo("2024-03-14");
    assertThat(data.at("/lines/1/instrument").asText()).isEqualTo("Convertible note");
    assertThat(data.at("/lines/1/ownershipPercent").isMissingNode()).isTrue();
    assertThat(data.at("/lines/2/ownershipPercent").asText()).isEqualTo("21.5");
    assertThat(data.at("/totals/fairValue").asText()).isEqualTo("37375000.00");
    assertThat(data.at("/totals/cost").asText()).isEqualTo("30000000.00");
  }

  @Test
  void companyMetricsKeepEachCompanysReportingCurrency() throws Exception {
    World world = newWorld();

    JsonNode done = world.awaitCompleted(
        world.submit("application/json", sampleText("portfolio-metrics.json")).body().get("id").asText());

    assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("stored");
    JsonNode data = JSON.readTree(world.awaitWebhooks(1).get(0).getBodyAsString()).get("data");
    assertThat(data.get("recordType").asText()).isEqualTo("company_quarterly_metrics");
    assertThat(data.has("currency")).isFalse();
    assertThat(data.at("/lines/1/currency").asText()).isEqualTo("EUR");
    assertThat(data.at("/lines/1/cashBurn").asText()).isEqualTo("-250000.00");
    assertThat(data.at("/lines/1/employees").asInt()).isEqualTo(96);
    assertThat(data.at("/lines/1/employees").isNumber()).isTrue();
  }

  @Test
  void metricsThatContradictThemselvesAreRejectedAndThePreviewSaysWhyWithoutStoringAnything() {
    World world = newWorld();
    String broken = sampleText("portfolio-metrics.json").replace("\"recurring_revenue\": 3100000.00", "\"recurring_revenue\": 9100000.00")
        .replace("\"employees\": 210", "\"employees\": -210");
    long submissions = count("SELECT count(*) FROM submission");

    HubClient.Response preview = world.asPublisher().post("/api/v1/mappings/preview", "application/json", broken);

    assertThat(preview.status()).isEqualTo(200);
    assertThat(preview.body().get("accepted").asBoolean()).isFalse();
    assertThat(preview.body().get("errors")).extracting(e -> e.get("message").asText()).containsExactly(
        "recurring revenue exceeds total revenue (8400000.00)", "must not be negative");
    assertThat(count("SELECT count(*) FROM submission")).isEqualTo(submissions);
    // Previews stage under negative ids, and remove what they staged.
    assertThat(count("SELECT count(*) FROM staged_line WHERE submission_id < 0")).isZero();
  }

  private static JsonNode readTree(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
