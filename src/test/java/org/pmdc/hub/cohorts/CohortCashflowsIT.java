package org.pmdc.hub.cohorts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.pmdc.hub.support.HubClient;
import org.pmdc.hub.support.HubIntegrationTest;
import org.pmdc.hub.support.World;

/**
 * Seed 002's API over HTTP: a GP enters a company's trade, spend, threshold and payments; the
 * cohort cashflows, predicted cashflows and cohort table are computed from what is stored, each
 * period pointing at its payments; duplicates are 409, bad values 422; another publisher's company
 * is a 404; an LP subscribed to the fund sees the figures and terms but not the customers' payments.
 */
class CohortCashflowsIT extends HubIntegrationTest {

  @Test
  void aGpsCohortIsComputedFromWhatItStoredAndItsLpSeesTheFiguresButNotThePayments() {
    World world = newWorld();
    HubClient gp = world.asPublisher();
    String company = companyOf(gp, world);
    String base = "/api/v1/companies/" + company;

    assertThat(gp.post(base + "/trades", "application/json",
        "{\"cohortMonth\":\"2025-01\",\"sharingPercentage\":\"0.5\",\"cashCap\":\"600\"}").status()).isEqualTo(201);
    assertThat(gp.post(base + "/trades", "application/json",
        "{\"cohortMonth\":\"2025-01-01\",\"sharingPercentage\":\"0.4\",\"cashCap\":\"1\"}").status())
        .as("one trade per company and cohort month").isEqualTo(409);
    assertThat(gp.post(base + "/spends", "application/json", "{\"cohortMonth\":\"2025-01\",\"spend\":\"900\"}").status())
        .isEqualTo(201);
    HubClient.Response changed = gp.put(base + "/spends/2025-01", "{\"spend\":\"1000.00\"}");
    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.body().get("spend").asText()).isEqualTo("1000.0000");
    assertThat(gp.post(base + "/thresholds", "application/json",
        "{\"paymentPeriodMonth\":1,\"minimumPaymentPercent\":\"0.3\"}").status()).isEqualTo(201);
    payment(gp, base, "P-1", "C-1", "2025-01-05", "150.00");
    payment(gp, base, "P-2", "C-2", "2025-01-20", "250.00");
    payment(gp, base, "P-3", "C-1", "2025-02-03", "500.00");
    payment(gp, base, "P-4", "C-2", "2025-03-09", "600.00");
    payment(gp, base, "P-5", "C-3", "2025-03-28", "1.00");
    assertThat(gp.delete(base + "/payments/P-5").status()).isEqualTo(204);
    assertThat(gp.delete(base + "/payments/P-5").status()).isEqualTo(404);

    HubClient.Response cashflows = gp.get(base + "/cashflows");

    // 50 % of 400, 500 (not below 30 % of 1,000) and 600, up to 600: 200, 250, then the 150 left.
    assertThat(cashflows.status()).isEqualTo(200);
    JsonNode cohort = cashflows.body().at("/cohorts/0");
    assertThat(cohort.get("cohortMonth").asText()).isEqualTo("2025-01");
    assertThat(cohort.at("/periods/0/collected").asText()).isEqualTo("200.00");
    assertThat(cohort.at("/periods/0/paymentCount").asInt()).isEqualTo(2);
    assertThat(cohort.at("/periods/1/thresholdExpectedPayment").asText()).isEqualTo("300.00");
    assertThat(cohort.at("/periods/1/thresholdFailed").asBoolean()).isFalse();
    assertThat(cohort.at("/periods/2/collected").asText()).isEqualTo("150.00");
    assertThat(cohort.get("capped").asBoolean()).isTrue();
    assertThat(cohort.get("cumulativeCollected").asText()).isEqualTo("600.00");
    assertThat(cohort.at("/irr/notAvailable").asText()).contains("under a year");
    JsonNode behindJanuary = gp.get(cohort.at("/periods/0/payments").asText()).body();
    assertThat(behindJanuary.get("items")).extracting(p -> p.get("paymentId").asText()).containsExactly("P-1", "P-2");

    JsonNode predicted = gp.post(base + "/cashflows/predicted", "application/json", "{\"churn\":\"0.1\"}").body();
    assertThat(predicted.at("/cohorts/0/periods")).as("capped in March: nothing to predict").hasSize(3);
    assertThat(gp.post(base + "/cashflows/predicted", "application/json", "{\"churn\":\"1.5\"}").status()).isEqualTo(422);
    JsonNode table = gp.get(base + "/cohorts_table").body();
    assertThat(table.at("/cohorts/0/cells/2/cumulativePercentOfSpend").asText()).isEqualTo("1.5");

    HubClient lp = world.asSubscriber();
    assertThat(lp.get(base + "/cashflows").status()).as("an LP subscribed to the fund").isEqualTo(200);
    assertThat(lp.get(base + "/trades").body()).hasSize(1);
    assertThat(lp.get(base + "/payments").status()).as("the customers' payments are the GP's").isEqualTo(403);
    World other = newWorld();
    assertThat(other.asPublisher().get(base + "/cashflows").status()).isEqualTo(404);
    assertThat(other.asPublisher().put(base + "/spends/2025-01", "{\"spend\":\"1\"}").status()).isEqualTo(404);
    assertThat(other.asSubscriber().get(base + "/cashflows").status()).isEqualTo(404);
  }

  @Test
  void badValuesAreRefusedWithEachFieldNamedAndNothingStored() {
    World world = newWorld();
    HubClient gp = world.asPublisher();
    String base = "/api/v1/companies/" + companyOf(gp, world);

    HubClient.Response trade = gp.post(base + "/trades", "application/json",
        "{\"cohortMonth\":\"2025-01-15\",\"sharingPercentage\":\"1.5\",\"cashCap\":\"-1\"}");
    HubClient.Response early = gp.post(base + "/payments", "application/json",
        "{\"paymentId\":\"P-1\",\"customerId\":\"C\",\"paymentDate\":\"2024-12-31\",\"cohortMonth\":\"2025-01\",\"amount\":\"1.00001\"}");

    assertThat(trade.status()).as("%s %s", trade.body(), trade.header("WWW-Authenticate")).isEqualTo(422);
    assertThat(trade.body().get("errors")).extracting(e -> e.get("field").asText())
        .containsExactlyInAnyOrder("cohortMonth", "sharingPercentage", "cashCap");
    assertThat(early.status()).isEqualTo(422);
    assertThat(early.body().get("errors")).extracting(e -> e.get("field").asText())
        .containsExactlyInAnyOrder("paymentDate", "amount");
    assertThat(gp.get(base + "/trades").body()).isEmpty();
    assertThat(gp.get(base + "/payments").body().get("items")).isEmpty();
  }

  private static String companyOf(HubClient gp, World world) {
    HubClient.Response created = gp.post("/api/v1/companies", "application/json",
        "{\"code\":\"ACME\",\"name\":\"Acme Subscriptions\",\"fund\":\"%s\",\"reportingCurrency\":\"USD\"}".formatted(world.fund()));
    assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
    return created.body().get("id").asText();
  }

  private static void payment(HubClient gp, String base, String id, String customer, String date, String amount) {
    HubClient.Response stored = gp.post(base + "/payments", "application/json",
        "{\"paymentId\":\"%s\",\"customerId\":\"%s\",\"paymentDate\":\"%s\",\"cohortMonth\":\"2025-01\",\"amount\":\"%s\"}"
            .formatted(id, customer, date, amount));
    assertThat(stored.status()).as("%s", stored.body()).isEqualTo(201);
  }
}
