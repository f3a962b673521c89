package org.pmdc.hub.cohorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pmdc.hub.support.HubClient;
import org.pmdc.hub.support.HubIntegrationTest;
import org.pmdc.hub.support.World;

/**
 * Seed 002's inputs arriving like every record: the shipped CSV samples (trades, spends,
 * thresholds, customers and 9,720 payments) submitted, recognised by their mappings, stored as
 * records and added to the cohort tables with their submission and source row, so a period's
 * payments lead back to the file's rows; a file sent again with a changed payment replaces it; a
 * bad file is refused on its rows with nothing written; the fund's LP is sent the terms, spends
 * and thresholds but never the customers or their payments.
 */
class CohortRecordsIT extends HubIntegrationTest {

  private static final String COMPANY_SQL = "SELECT c.id FROM company c JOIN publisher p ON p.id = c.publisher_id"
      + " WHERE p.code = ? AND c.code = 'NIMBUS'";

  @Test
  void theSampleFilesBecomeTheCompanysCohortsWithEachPaymentTracedToItsRowAndOnlyTheTermsReachTheLp() throws Exception {
    World world = newWorld();
    HubClient gp = world.asPublisher();
    String base = "/api/v1/companies/" + nimbus(gp, world);

    for (String sample : List.of("cohort-trades.csv", "cohort-spends.csv", "cohort-thresholds.csv",
        "cohort-customers.csv", "customer-payments.csv")) {
      JsonNode done = world.awaitCompleted(world.submit("text/csv", sampleText(sample)).body().get("id").asText());
      assertThat(done.get("status").asText()).as("%s: %s", sample, done).isEqualTo("stored");
      assertThat(done.at("/mapping/id").asText()).isEqualTo("pmdc-" + sample.replace(".csv", "-csv"));
    }

    List<String> rows = sampleText("customer-payments.csv").lines().skip(1).toList();
    long company = count(COMPANY_SQL, world.publisher());
    assertThat(count("SELECT count(*) FROM cohort_payment WHERE company_id = ?", company)).isEqualTo(rows.size());
    BigDecimal fileTotal = rows.stream().map(row -> new BigDecimal(row.substring(row.lastIndexOf(',') + 1)))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(jdbc.queryForObject("SELECT sum(amount) FROM cohort_payment WHERE company_id = ?", BigDecimal.class, company))
        .isEqualByComparingTo(fileTotal);
    assertThat(count("SELECT count(*) FROM cohort_customer WHERE company_id = ?", company)).isEqualTo(1800);
    assertThat(gp.get(base + "/trades").body().at("/0/sharingPercentage").asText()).as("50 % as a fraction").isEqualTo("0.5");
    assertThat(gp.get(base + "/thresholds").body()).hasSize(12);

    JsonNode january = gp.get(base + "/cashflows").body().at("/cohorts/0");
    assertThat(january.get("cohortMonth").asText()).isEqualTo("2025-01");
    BigDecimal januaryPaid = rows.stream().filter(row -> row.contains(",2025-01,2025-01-"))
        .map(row -> new BigDecimal(row.substring(row.lastIndexOf(',') + 1))).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(new BigDecimal(january.at("/periods/0/payment").asText())).isEqualByComparingTo(januaryPaid);
    JsonNode first = gp.get(january.at("/periods/0/payments").asText() + "&limit=1").body().at("/items/0");
    assertThat(first.get("paymentId").asText()).isEqualTo("NIM-P-000001");
    assertThat(first.at("/source/sourceRow").asInt()).as("the file's row, header = row 1").isEqualTo(2);
    assertThat(first.at("/source/submission").asText()).isNotBlank();

    // The same file with one payment changed: a new version of the record, the payment replaced.
    String amended = sampleText("customer-payments.csv").replace("NIM-P-000001,NIM-C-00001,2025-01,2025-01-17,20.06",
        "NIM-P-000001,NIM-C-00001,2025-01,2025-01-17,99.99");
    String again = world.submit("text/csv", amended).body().get("id").asText();
    assertThat(world.awaitCompleted(again).get("status").asText()).isEqualTo("stored");
    JsonNode replaced = gp.get(january.at("/periods/0/payments").asText() + "&limit=1").body().at("/items/0");
    assertThat(replaced.get("amount").asText()).isEqualTo("99.9900");
    assertThat(replaced.at("/source/submission").asText()).isEqualTo(again);
    assertThat(count("SELECT count(*) FROM cohort_payment WHERE company_id = ?", company)).isEqualTo(rows.size());
    // The figures kept are computed again from the changed payment, and answered as computed.
    await().atMost(PATIENCE).until(() -> count("SELECT count(*) FROM cohort_result r WHERE r.company_id = ?"
        + " AND NOT EXISTS (SELECT 1 FROM cohort_recalculation q WHERE q.company_id = r.company_id)", company) == 1);
    JsonNode kept = JSON.readTree(jdbc.queryForObject("SELECT cashflows FROM cohort_result WHERE company_id = ?",
        String.class, company));
    assertThat(new BigDecimal(kept.at("/cohorts/0/periods/0/payment").asText()))
        .isEqualByComparingTo(januaryPaid.add(new BigDecimal("79.93")));
    assertThat(gp.get(base + "/cashflows").body()).isEqualTo(kept);

    // The LP: the trades, spends and thresholds are delivered; the customers and payments never queued.
    assertThat(world.awaitWebhooks(3)).extracting(request -> JSON.readTree(request.getBodyAsString()).get("type").asText())
        .containsExactlyInAnyOrder("cohort_trades.published", "cohort_spends.published", "cohort_thresholds.published");
    assertThat(count("SELECT count(*) FROM delivery d JOIN notice n ON n.id = d.notice_id"
        + " WHERE n.record_type IN ('cohort_customers', 'customer_payments') AND n.fund_id = (SELECT fund_id FROM company"
        + " WHERE id = ?)", company)).isZero();
  }

  @Test
  void aBadPaymentsFileIsRefusedOnItsRowsAndWritesNothing() {
    World world = newWorld();
    nimbus(world.asPublisher(), world);
    String header = "fund_id,reference,as_of_date,currency,company_id,payment_id,customer_id,cohort_month,payment_date,amount\n";
    String file = header
        + "GF-III,R-1,2025-12-31,USD,NIMBUS,P-1,C-1,2025-01,2025-01-05,10.00\n"
        + "GF-III,R-1,2025-12-31,USD,NOBODY,P-2,C-1,2025-01,2025-01-05,10.00\n"
        + "GF-III,R-1,2025-12-31,USD,NIMBUS,P-3,C-1,2025-01-15,2025-01-20,10.00\n"
        + "GF-III,R-1,2025-12-31,USD,NIMBUS,P-4,C-1,2025-02,2025-01-31,10.00\n"
        + "GF-III,R-1,2025-12-31,USD,NIMBUS,P-5,C-1,2025-01,2025-01-05,-3.00\n"
        + "GF-III,R-1,2025-12-31,USD,NIMBUS,P-1,C-1,2025-01,2025-01-06,1.00\n";

    JsonNode done = world.awaitCompleted(world.submit("text/csv", file).body().get("id").asText());

    assertThat(done.get("status").asText()).isEqualTo("rejected");
    assertThat(done.get("errors")).extracting(e -> e.get("row").asInt() + " " + e.get("field").asText())
        .containsExactlyInAnyOrder("3 company_id", "4 cohort_month", "5 cohort_month", "6 amount", "7 company_id");
    assertThat(done.get("errors")).anySatisfy(e ->
        assertThat(e.get("message").asText()).startsWith("not a company of publisher " + world.publisher()));
    assertThat(done.get("errors")).anySatisfy(e ->
        assertThat(e.get("message").asText()).isEqualTo("a payment cannot be made before its customer's cohort month (2025-01-31)"));
    assertThat(count("SELECT count(*) FROM cohort_payment WHERE company_id = ?", count(COMPANY_SQL, world.publisher())))
        .isZero();
  }

  @Test
  void paymentsUploadedToTheirCompanysEndpointGoThroughTheIntakeWithTheCompanyTakenFromThePath() {
    World world = newWorld();
    HubClient gp = world.asPublisher();
    String base = "/api/v1/companies/" + nimbus(gp, world);
    String csv = "payment_id,customer_id,cohort_month,payment_date,amount\n"
        + "U-1,C-1,2025-01,2025-01-05,10.00\nU-2,C-2,2025-01,2025-02-07,12.50\n";

    HubClient.Response upload = gp.post(base + "/payments/upload", "text/csv", csv);

    assertThat(upload.status()).as("%s", upload.body()).isEqualTo(202);
    String submission = upload.body().get("id").asText();
    JsonNode done = world.awaitCompleted(submission);
    assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("stored");
    assertThat(done.at("/mapping/id").asText()).isEqualTo("pmdc-company-payments-upload-csv");
    assertThat(gp.get(base + "/payments").body().get("items"))
        .extracting(p -> p.get("paymentId").asText() + " " + p.at("/source/submission").asText() + " "
            + p.at("/source/sourceRow").asInt())
        .containsExactly("U-1 " + submission + " 2", "U-2 " + submission + " 3");
    assertThat(gp.post(base + "/payments/upload", "text/csv", csv).status()).as("the same file again").isEqualTo(200);

    HubClient.Response stratus = gp.post("/api/v1/companies", "application/json",
        "{\"code\":\"STRATUS\",\"name\":\"Stratus\",\"fund\":\"%s\",\"reportingCurrency\":\"USD\"}".formatted(world.fund()));
    HubClient.Response elsewhere = gp.post("/api/v1/companies/" + stratus.body().get("id").asText() + "/payments/upload",
        "text/csv", csv);
    assertThat(elsewhere.status()).as("the same file for another company").isEqualTo(409);
    assertThat(elsewhere.body().get("detail").asText()).contains(submission);
    assertThat(newWorld().asPublisher().post(base + "/payments/upload", "text/csv", csv).status())
        .as("another publisher's company").isEqualTo(404);
    JsonNode unrecognised = world.awaitCompleted(world.submit("text/csv", csv.replace("10.00", "10.01")).body().get("id").asText());
    assertThat(unrecognised.get("status").asText()).as("the upload's layout names no company: not for POST /submissions")
        .isEqualTo("rejected");
  }

  private static String nimbus(HubClient gp, World world) {
    HubClient.Response created = gp.post("/api/v1/companies", "application/json",
        "{\"code\":\"NIMBUS\",\"name\":\"Nimbus Subscriptions\",\"fund\":\"%s\",\"reportingCurrency\":\"USD\"}"
            .formatted(world.fund()));
    assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
    return created.body().get("id").asText();
  }
}
