package org.pmdc.hub.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pmdc.hub.support.HubClient;
import org.pmdc.hub.support.HubIntegrationTest;
import org.pmdc.hub.support.World;

/**
 * The published schemas describe what the hub delivers: each sample file's webhook data (less the
 * delivery fields) validates against the schema of its record type, fetched over HTTP.
 */
class CanonicalSchemasIT extends HubIntegrationTest {

  private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final List<String> DELIVERY_FIELDS = List.of("noticeId", "version", "amendment", "supersedes", "replaces", "lineCount");

  @Test
  void theCatalogueListsEveryRecordTypeAndAnUnknownTypeIsNotFound() {
    HubClient.Response catalogue = hub.get("/api/v1/schemas");
    HubClient.Response unknown = hub.get("/api/v1/schemas/capital_calls");

    assertThat(catalogue.body().get("schemas")).extracting(s -> s.get("recordType").asText())
        .containsExactly("capital_call", "distribution", "capital_account_statement", "schedule_of_investments",
            "company_quarterly_metrics", "company_reporting", "cohort_trades", "cohort_spends", "cohort_thresholds",
            "cohort_customers", "customer_payments");
    assertThat(catalogue.body().get("schemas")).filteredOn(s -> s.get("computed").asBoolean())
        .extracting(s -> s.get("recordType").asText()).containsExactly("company_reporting");
    assertThat(catalogue.body().get("schemas")).filteredOn(s -> !s.get("deliverable").asBoolean())
        .extracting(s -> s.get("recordType").asText()).containsExactly("cohort_customers", "customer_payments");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
  }

  @ParameterizedTest
  @CsvSource({
      "capital-call.csv, text/csv",
      "distribution.csv, text/csv",
      "capital-account-statement.csv, text/csv",
      "keystone-schedule-of-investments.xlsx, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "portfolio-metrics.json, application/json"})
  void whatTheHubDeliversValidatesAgainstThePublishedSchema(String sample, String contentType) throws Exception {
    World world = newWorld();
    world.awaitCompleted(world.submit(contentType, Files.readAllBytes(Path.of("sample-files", sample)))
        .body().get("id").asText());
    ObjectNode data = (ObjectNode) JSON.readTree(world.awaitWebhooks(1).get(0).getBodyAsString()).get("data");
    data.remove(DELIVERY_FIELDS);

    HubClient.Response published = hub.get("/api/v1/schemas/" + data.get("recordType").asText());
    Schema schema = SCHEMAS.getSchema(published.body());

    assertThat(published.header("Content-Type")).startsWith("application/schema+json");
    assertThat(schema.validate(data)).as(data.toString()).isEmpty();
    // The schema can fail: an amount as a JSON number is refused.
    JsonNode firstLine = data.path("allocations").isArray() ? data.get("allocations").get(0) : data.get("lines").get(0);
    String amountField = firstLine.has("amount") ? "amount" : firstLine.has("fairValue") ? "fairValue"
        : firstLine.has("endingNav") ? "endingNav" : "totalRevenue";
    ((ObjectNode) firstLine).put(amountField, 1.5);
    List<Error> errors = schema.validate(data);
    assertThat(errors).isNotEmpty();
  }
}
