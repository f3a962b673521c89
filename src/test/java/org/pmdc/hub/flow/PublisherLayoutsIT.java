package org.pmdc.hub.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pmdc.hub.canonical.Hashes;
import org.pmdc.hub.support.HubClient;
import org.pmdc.hub.support.HubIntegrationTest;
import org.pmdc.hub.support.World;

/** Publishers' own layouts, encodings and uploads, read through their mapping files. */
class PublisherLayoutsIT extends HubIntegrationTest {

  @Test
  void aPublishersOwnLayoutIsReadThroughItsMappingFile() throws Exception {
    World world = World.create(hub, lp, "northgate-fa"); // the one publisher its mapping is open to

    HubClient.Response accepted = world.submit("text/csv", sampleText("northgate-capital-call.csv"),
        "X-PMDC-Mapping", "northgate-capital-call-csv");

    JsonNode done = world.awaitCompleted(accepted.body().get("id").asText());
    assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("stored");
    JsonNode data = JSON.readTree(world.awaitWebhooks(1).get(0).getBodyAsString()).get("data");
    assertThat(data.get("noticeDate").asText()).isEqualTo("2026-11-02");
    assertThat(data.get("currency").asText()).isEqualTo("USD");
    assertThat(data.at("/allocations/0/investments").asText()).isEqualTo("2250000.00");
    assertThat(data.at("/totals/amount").asText()).isEqualTo("3940000.00");
  }

  @Test
  void aEuropeanSemicolonCsvInWindows1252IsRecognisedAndRead() throws Exception {
    World world = newWorld().withFund("AGF-I", "EUR");
    byte[] file = Files.readAllBytes(Path.of("sample-files", "alpine-distribution.csv"));

    JsonNode done = world.awaitCompleted(world.submit("text/csv", file).body().get("id").asText());

    assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("stored");
    assertThat(done.at("/mapping/id").asText()).isEqualTo("alpine-distribution-csv");
    JsonNode data = JSON.readTree(world.awaitWebhooks(1).get(0).getBodyAsString()).get("data");
    assertThat(data.get("paymentDate").asText()).isEqualTo("2026-11-14");
    assertThat(data.at("/allocations/0/investorName").asText()).isEqualTo("Soci\u00e9t\u00e9 G\u00e9n\u00e9rale Pensions");
    assertThat(data.at("/allocations/0/amount").asText()).isEqualTo("1475000.00");
    assertThat(data.at("/totals/amount").asText()).isEqualTo("2360000.00");
  }

  @Test
  void aJsonArrayOfNestedRecordsIsRecognisedAndRead() throws Exception {
    World world = newWorld();

    JsonNode done = world.awaitCompleted(
        world.submit("application/json", sampleText("ledgerly-capital-call.json")).body().get("id").asText());

    assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("stored");
    assertThat(done.at("/mapping/id").asText()).isEqualTo("ledgerly-capital-call-json");
    JsonNode data = JSON.readTree(world.awaitWebhooks(1).get(0).getBodyAsString()).get("data");
    assertThat(data.at("/allocations/0/fundExpenses").asText()).isEqualTo("12500.50");
    assertThat(data.at("/totals/amount").asText()).isEqualTo("1940000.80");
  }

  @Test
  void nonAsciiTextArrivesExactlyAsSent() throws Exception {
    World world = newWorld();
    ObjectNode notice = sample("capital-call.json");
    ((ObjectNode) notice.at("/allocations/0")).put("investorName", "Caisse de d\u00e9p\u00f4t \u2013 \u00c9pargne \u20ac");
    byte[] body = notice.toString().getBytes(StandardCharsets.UTF_8);

    String id = world.submit("application/json", body).body().get("id").asText();

    assertThat(world.awaitCompleted(id).get("sha256").asText()).isEqualTo(Hashes.sha256Hex(body));
    JsonNode data = JSON.readTree(world.awaitWebhooks(1).get(0).getBodyAsString()).get("data");
    assertThat(data.at("/allocations/0/investorName").asText()).isEqualTo("Caisse de d\u00e9p\u00f4t \u2013 \u00c9pargne \u20ac");
  }

  @Test
  void aFileUploadedAsMultipartIsStoredUnderItsPlainName() throws Exception {
    World world = newWorld();
    byte[] file = sampleText("capital-call.csv").getBytes(StandardCharsets.UTF_8);

    HubClient.Response accepted = world.asPublisher().upload("/api/v1/submissions",
        List.of(new HubClient.FilePart("../../etc/capital-call.csv", "application/octet-stream", file)));

    assertThat(accepted.status()).as(String.valueOf(accepted.body())).isEqualTo(202);
    JsonNode done = world.awaitCompleted(accepted.body().get("id").asText());
    assertThat(done.get("status").asText()).isEqualTo("stored");
    assertThat(done.get("fileName").asText()).isEqualTo("capital-call.csv");
    assertThat(done.get("contentType").asText()).isEqualTo("text/csv");
    assertThat(done.get("sha256").asText()).isEqualTo(Hashes.sha256Hex(file));
  }

  @Test
  void aMultipartRequestWithTwoFilesIsRefused() {
    World world = newWorld();
    byte[] file = sampleText("capital-call.csv").getBytes(StandardCharsets.UTF_8);

    HubClient.Response refused = world.asPublisher().upload("/api/v1/submissions",
        List.of(new HubClient.FilePart("a.csv", "text/csv", file), new HubClient.FilePart("b.csv", "text/csv", file)));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().get("detail").asText()).isEqualTo("Send exactly one file per multipart request.");
  }

  @Test
  void anXlsxNoticeWithAHeaderBlockAndATableIsRead() throws Exception {
    World world = newWorld();
    byte[] workbook = Files.readAllBytes(Path.of("sample-files", "harbor-capital-call.xlsx"));

    JsonNode done = world.awaitCompleted(world.submit(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook).body().get("id").asText());

    assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("stored");
    assertThat(done.at("/mapping/id").asText()).isEqualTo("harbor-capital-call-xlsx");
    assertThat(done.get("rowCount").asInt()).isEqualTo(3);
    JsonNode data = JSON.readTree(world.awaitWebhooks(1).get(0).getBodyAsString()).get("data");
    assertThat(data.get("noticeDate").asText()).isEqualTo("2026-11-21");
    assertThat(data.get("dueDate").asText()).isEqualTo("2026-12-05");
    assertThat(data.at("/allocations/0/fundExpenses").asText()).isEqualTo("12345.67");
    assertThat(data.at("/allocations/0/amount").asText()).isEqualTo("1199845.67");
    assertThat(data.at("/totals/amount").asText()).isEqualTo("2399691.34");
  }
}
