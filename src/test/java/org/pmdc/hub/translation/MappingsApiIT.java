package org.pmdc.hub.translation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.pmdc.hub.support.HubClient;
import org.pmdc.hub.support.HubIntegrationTest;
import org.pmdc.hub.support.World;

/** The mapping catalogue and the dry-run preview, which shows every stage and writes nothing. */
class MappingsApiIT extends HubIntegrationTest {

  @Test
  void theCatalogueListsTheShippedMappings() {
    JsonNode catalogue = hub.get("/api/v1/mappings").body();

    assertThat(catalogue.get("mappings")).extracting(m -> m.get("id").asText())
        .contains("pmdc-capital-call-csv", "alpine-distribution-csv", "ledgerly-capital-call-json");
    assertThat(catalogue.get("problems")).isEmpty();
  }

  @Test
  void aPreviewShowsSourceRowsAndTheCanonicalNoticeAndWritesNothing() {
    World world = newWorld();
    long submissions = count("SELECT count(*) FROM submission");

    HubClient.Response preview = world.asPublisher().post("/api/v1/mappings/preview", "text/csv", sampleText("capital-call.csv"));

    assertThat(preview.status()).isEqualTo(200);
    JsonNode doc = preview.body();
    assertThat(doc.get("accepted").asBoolean()).isTrue();
    assertThat(doc.at("/mapping/id").asText()).isEqualTo("pmdc-capital-call-csv");
    assertThat(doc.at("/source/rowCount").asInt()).isEqualTo(3);
    assertThat(doc.at("/source/rows/0/row").asInt()).isEqualTo(2);
    assertThat(doc.at("/source/rows/0/values/investor_id").asText()).isEqualTo("LP-0001");
    assertThat(doc.at("/canonical/totals/amount").asText()).isEqualTo("1500000.00");
    assertThat(doc.get("errors")).isEmpty();
    assertThat(count("SELECT count(*) FROM submission")).isEqualTo(submissions);
  }

  @Test
  void aPreviewOfABadFileListsEveryErrorAndNoCanonicalNotice() {
    World world = newWorld();
    String bad = sampleText("capital-call.csv").replace("GF-III", "GF-IX").replace("2026-12-04", "04/12/2026");

    JsonNode doc = world.asPublisher().post("/api/v1/mappings/preview", "text/csv", bad).body();

    assertThat(doc.get("accepted").asBoolean()).isFalse();
    assertThat(doc.get("canonical").isNull()).isTrue();
    assertThat(doc.get("errors")).extracting(e -> e.get("field").asText()).contains("due_date", "fund_id");
  }

  @Test
  void aPreviewCanNameTheMapping() {
    World world = newWorld();

    JsonNode doc = world.asPublisher().post("/api/v1/mappings/preview", "text/csv", sampleText("capital-call.csv"), "X-PMDC-Mapping", "pmdc-capital-call-csv").body();

    assertThat(doc.get("accepted").asBoolean()).as(doc.toString()).isTrue();
    assertThat(doc.at("/mapping/id").asText()).isEqualTo("pmdc-capital-call-csv");
  }

  @Test
  void aMappingRestrictedToAnotherPublisherCannotBeSeenOrUsed() {
    World world = newWorld();
    String northgate = sampleText("northgate-capital-call.csv");

    HubClient.Response preview = world.asPublisher().post("/api/v1/mappings/preview", "text/csv", northgate,
        "X-PMDC-Mapping", "northgate-capital-call-csv");
    HubClient.Response submitted = world.submit("text/csv", northgate, "X-PMDC-Mapping", "northgate-capital-call-csv");
    JsonNode catalogue = world.asPublisher().get("/api/v1/mappings").body();

    assertThat(preview.status()).as(preview.body().toString()).isEqualTo(422);
    assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(422);
    assertThat(submitted.body().get("detail").asText()).contains("No mapping open to publisher '" + world.publisher() + "'");
    assertThat(catalogue.get("mappings")).extracting(m -> m.get("id").asText())
        .contains("pmdc-capital-call-csv").doesNotContain("northgate-capital-call-csv");
    assertThat(catalogue.toString()).doesNotContain("northgate-fa").doesNotContain("\"publishers\"");
    assertThat(hub.get("/api/v1/mappings").body().toString()).contains("northgate-fa");
    assertThat(world.asPublisher().get("/api/v1/mappings/northgate-capital-call-csv").status()).isEqualTo(404);
    assertThat(hub.get("/api/v1/mappings/northgate-capital-call-csv").status()).isEqualTo(200);
  }

  @Test
  void aMappingIsShownWithItsRulesAsWrittenInItsFile() throws Exception {
    JsonNode mapping = newWorld().asPublisher().get("/api/v1/mappings/pmdc-capital-call-csv").body();

    assertThat(mapping.get("recordType").asText()).isEqualTo("capital_call");
    assertThat(mapping.get("rules").asText())
        .isEqualTo(Files.readString(Path.of("mappings", mapping.get("file").asText())));
    assertThat(hub.get("/api/v1/mappings/no-such-mapping").status()).isEqualTo(404);
  }
}
