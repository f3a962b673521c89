package org.pmdc.hub.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.pmdc.hub.security.Role;
import org.pmdc.hub.support.HubClient;
import org.pmdc.hub.support.LongFiles;
import org.pmdc.hub.support.World;

/**
 * The console's journeys end to end in a real browser: an administrator onboards a GP and an LP
 * and links them; the GP's user dry-runs a file, submits it and watches it reach the LP; the LP's
 * user sees its investors' lines and cannot open another subscriber's record; a bad file shows its
 * row errors; a dead delivery is replayed.
 */
class ConsoleJourneysIT extends ConsoleIntegrationTest {

  private static final Path CAPITAL_CALL = Path.of("sample-files", "capital-call.csv");


  @Test
  void anAdministratorOnboardsAGpAndAnLpWhoseUsersPublishAndReceiveACapitalCall() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String gp = "gp-" + suffix;
    String lpCode = "lp-" + suffix;
    String hookPath = "/console-hooks/" + suffix;
    lp.stubFor(post(urlEqualTo(hookPath)).willReturn(aResponse().withStatus(204)));
    String admin = ConsolePeople.readyUser(users, Role.ADMIN, null);
    browser.signIn(admin, ConsolePeople.CHOSEN_PASSWORD).open("/console/participants?q=" + suffix);

    browser.expand("Register a publisher").fill("publisher-code", gp).fill("publisher-name", "Granite Growth Partners")
        .press("Register the publisher");
    assertThat(browser.text()).contains("The publisher " + gp + " is registered and waits for approval.");
    browser.expand("Register a subscriber").fill("subscriber-code", lpCode).fill("subscriber-name", "Maple Pension")
        .press("Register the subscriber");
    assertThat(browser.path()).as("the page shows what was changed").isEqualTo("/console/participants?q=" + lpCode);
    browser.open("/console/participants?q=" + suffix).click(By.cssSelector("button[aria-label='Approve " + gp + "']"));
    assertThat(browser.text()).contains("The publisher " + gp + " is active.", "it is not shown again");
    browser.screenshot("participants-approved");
    String clientId = browser.find(By.cssSelector("#client-secret code")).getText();
    String secret = browser.find(By.cssSelector("#client-secret code:nth-of-type(2)")).getText();
    assertThat(hub.as(clientId, secret).get("/api/v1/submissions").status())
        .as("the secret shown once is the publisher's working credential").isEqualTo(200);
    browser.open("/console/participants?q=" + suffix).click(By.cssSelector("button[aria-label='Approve " + lpCode + "']"));
    browser.open("/console/participants?q=" + suffix);
    assertThat(browser.has(By.id("client-secret"))).as("shown once only").isFalse();
    assertThat(browser.find(By.id("publisher-" + gp)).getText()).contains("active", clientId);
    browser.expand("Register a fund").fill("fund-publisher", gp).fill("fund-code", "GF-III")
        .fill("fund-name", "Growth Fund III").press("Register the fund");
    assertThat(browser.text()).contains("The fund GF-III of " + gp + " is registered.");
    browser.screenshot("participants");

    browser.open("/console/subscriptions?q=" + suffix).fill("new-publisher", gp).fill("new-subscriber", lpCode)
        .fill("new-investors", "LP-0001").choose("new-channel-type", "webhook").fill("new-url", lp.baseUrl() + hookPath)
        .press("Create the subscription");
    assertThat(browser.text()).contains("receives " + gp + "'s records from now on", "Webhook signing secret",
        "LP-0001");
    browser.screenshot("subscriptions");

    String gpUser = ConsolePeople.readyUser(users, Role.PUBLISHER, gp);
    browser.signOut().signIn(gpUser, ConsolePeople.CHOSEN_PASSWORD).open("/console/publish")
        .attach("file", CAPITAL_CALL).press("2. Dry run: check it, store nothing");
    assertThat(browser.text()).contains("Dry run of capital-call.csv", "It would be accepted.", "Source rows",
        "Ridgeline Family Office");
    browser.screenshot("publish-dry-run");
    assertThat(count("SELECT count(*) FROM submission s JOIN publisher p ON p.id = s.publisher_id WHERE p.code = ?", gp))
        .as("a dry run stores nothing").isZero();
    browser.press("3. Submit it");
    assertThat(browser.path()).startsWith("/console/submissions/");
    browser.awaitText("1 of 1 delivered");
    assertThat(browser.find(By.id("stage-stored")).getAttribute("class")).isEqualTo("done");
    assertThat(browser.find(By.id("deliveries")).getText()).contains(lpCode, "webhook", "delivered");
    browser.expand("What each subscriber received");
    assertThat(browser.find(By.id("received")).getText()).as("lineage: the LP's line and the file row it came from")
        .contains(lpCode + " (webhook), for LP-0001: LP-0001 (row 2)");
    assertThat(browser.text()).contains("3 line(s), each with the row of the file it came from");
    assertThat(browser.status(browser.path() + "/content")).isEqualTo(200);
    browser.screenshot("journey");
    List<LoggedRequest> received = lp.findAll(postRequestedFor(urlEqualTo(hookPath)));
    assertThat(received).hasSize(1);
    assertThat(received.get(0).getBodyAsString()).contains("LP-0001").doesNotContain("LP-0002", "LP-0003");

    String lpUser = ConsolePeople.readyUser(users, Role.SUBSCRIBER, lpCode);
    browser.signOut().signIn(lpUser, ConsolePeople.CHOSEN_PASSWORD).open("/console/records/capital-calls");
    assertThat(browser.text()).contains("GF-III", "CC-2026-008");
    browser.screenshot("records");
    browser.click(By.cssSelector("main table tbody a"));
    assertThat(browser.find(By.id("lines")).getText()).contains("LP-0001", "Maple Teachers' Pension Plan")
        .doesNotContain("LP-0002", "LP-0003");
    browser.screenshot("record");
  }

  @Test
  void aLongSubmissionsJourneyShowsHowFarItHasComeUntilItIsStored() {
    World world = newWorld();
    String gpUser = ConsolePeople.readyUser(users, Role.PUBLISHER, world.publisher());
    browser.signIn(gpUser, ConsolePeople.CHOSEN_PASSWORD);
    String submission = world.submit("text/csv", LongFiles.capitalCall("CC-LONG-C", 60_000)).body().get("id").asText();

    String journey = "/console/submissions/" + submission;
    String seen = await().atMost(PATIENCE).until(() -> browser.open(journey).text(),
        page -> page.contains(" left") || !page.contains("Submission: processing"));
    browser.screenshot("journey-progress");
    assertThat(seen).containsPattern("(Reading: [0-9.,]+ of [0-9.,]+ MB, [0-9,]+ rows of about [0-9,]+|(Checking|Storing) [0-9,]+ rows)")
        .containsPattern("(About [0-9]+ s left|Time left not known: )");

    await().atMost(PATIENCE).until(() -> browser.text().contains("Submission: stored"));
    assertThat(browser.has(By.id("progress-bar"))).as("gone once stored").isFalse();
    assertThat(browser.text()).as("a new investor per row, not all shown").contains("Warnings: the first 100 of 60,000");
  }

  @Test
  void aSubscriberUserCannotOpenAnotherSubscribersRecordByItsAddress() {
    World theirs = newWorld();
    theirs.awaitCompleted(theirs.submit("text/csv", sampleText("capital-call.csv")).body().get("id").asText());
    JsonNode records = theirs.asSubscriber().get("/api/v1/lp/capital-calls").body();
    String theirRecord = records.at("/items/0/id").asText();
    World mine = newWorld();
    String lpUser = ConsolePeople.readyUser(users, Role.SUBSCRIBER, mine.subscriber());

    browser.signIn(lpUser, ConsolePeople.CHOSEN_PASSWORD).open("/console/records/capital-calls/" + theirRecord);

    assertThat(browser.text()).contains("Not found").doesNotContain("GF-III");
    assertThat(browser.status("/console/records/capital-calls/" + theirRecord)).isEqualTo(404);
    assertThat(browser.status("/console/records/capital-calls")).isEqualTo(200);
    String theirUser = ConsolePeople.readyUser(users, Role.SUBSCRIBER, theirs.subscriber());
    browser.signOut().signIn(theirUser, ConsolePeople.CHOSEN_PASSWORD);
    assertThat(browser.status("/console/records/capital-calls/" + theirRecord)).isEqualTo(200);
  }

  @Test
  void aGpUserKeysInADistributionWhoseDryRunShowsItsErrorsAndWhichIsThenStoredAndDelivered() {
    World world = newWorld();
    String gpUser = ConsolePeople.readyUser(users, Role.PUBLISHER, world.publisher());
    browser.signIn(gpUser, ConsolePeople.CHOSEN_PASSWORD).open("/console/publish").click(By.linkText("distribution"));
    assertThat(browser.path()).isEqualTo("/console/publish/notice?recordType=distribution");

    browser.fill("fundId", "GF-III").fill("noticeReference", "DN-KEYED-1").fill("currency", "USD")
        .date("noticeDate", "2026-11-10").date("settlementDate", "2026-11-14").fill("description", "Keyed in")
        .fill("line-0-investorId", "LP-0001").fill("line-0-investorName", "Maple Teachers' Pension Plan")
        .fill("line-0-returnOfCapital", "1000000.00").fill("line-0-realizedGain", "450000.10")
        .fill("line-1-investorId", "LP-0002").fill("line-1-returnOfCapital", "six hundred")
        .press("Add a line");
    assertThat(browser.has(By.id("line-3-investorId"))).as("one more line, what was keyed in kept").isTrue();
    assertThat(browser.find(By.id("line-0-realizedGain")).getAttribute("value")).isEqualTo("450000.10");
    browser.press("3. Dry run: check it, store nothing");
    assertThat(browser.text()).contains("It would be rejected");
    assertThat(browser.find(By.id("dry-run-errors")).getText()).contains("returnOfCapital", "six hundred");
    assertThat(browser.has(By.xpath("//button[normalize-space()='4. Submit it']"))).isFalse();

    browser.fill("line-1-returnOfCapital", "600000.00").press("3. Dry run: check it, store nothing");
    assertThat(browser.text()).contains("It would be accepted.", "pmdc-distribution-json");
    browser.screenshot("publish-keyed-distribution");
    browser.press("4. Submit it");
    browser.awaitText("1 of 1 delivered");

    assertThat(jdbc.queryForObject("SELECT n.total_amount FROM notice n JOIN publisher p ON p.id = n.publisher_id"
        + " WHERE p.code = ? AND n.notice_reference = 'DN-KEYED-1'", java.math.BigDecimal.class, world.publisher()))
        .as("the total derived exactly from the lines").isEqualByComparingTo("2050000.10");
    assertThat(lp.findAll(postRequestedFor(urlEqualTo(world.webhookPath()))).get(0).getBodyAsString())
        .contains("DN-KEYED-1", "450000.10");
  }

  @Test
  void aBadFileShowsEachRowErrorInTheDryRunAndCannotBeSubmitted() throws IOException {
    World world = newWorld();
    Path bad = Files.createTempFile("bad-capital-call", ".csv");
    Files.writeString(bad, sampleText("capital-call.csv").replace(",300000.00,12315000.00", ",lots,12315000.00"));
    String gpUser = ConsolePeople.readyUser(users, Role.PUBLISHER, world.publisher());

    browser.signIn(gpUser, ConsolePeople.CHOSEN_PASSWORD).open("/console/publish").attach("file", bad)
        .press("2. Dry run: check it, store nothing");

    assertThat(browser.text()).contains("It would be rejected");
    assertThat(browser.find(By.id("dry-run-errors")).getText()).contains("lots", "4");
    assertThat(browser.has(By.xpath("//button[normalize-space()='3. Submit it']"))).isFalse();
    browser.screenshot("publish-row-errors");
    Files.delete(bad);
  }

  @Test
  void anAdministratorReplaysADeadDeliveryOnceTheLpIsBack() {
    World world = newWorld();
    lp.stubFor(post(urlEqualTo(world.webhookPath())).willReturn(aResponse().withStatus(500)));
    world.awaitCompleted(world.submit("text/csv", sampleText("capital-call.csv")).body().get("id").asText());
    String deadPage = "/api/v1/deliveries?status=dead&subscriber=" + world.subscriber();
    String delivery = await().atMost(PATIENCE).until(() -> hub.get(deadPage).body().at("/items/0/id").asText(""),
        id -> !id.isEmpty());
    lp.stubFor(post(urlEqualTo(world.webhookPath())).willReturn(aResponse().withStatus(204)));
    String admin = ConsolePeople.readyUser(users, Role.ADMIN, null);

    browser.signIn(admin, ConsolePeople.CHOSEN_PASSWORD).open("/console/failures?subscriber=" + world.subscriber());
    assertThat(browser.find(By.id("dead-" + delivery)).getText()).contains("webhook", "500");
    browser.screenshot("failures");
    browser.click(By.cssSelector("button[aria-label='Replay delivery " + delivery + "']"));

    assertThat(browser.text()).contains("Delivery " + delivery + " is sent back to its stream.");
    HubClient.Response replayed = await().atMost(PATIENCE).until(() -> hub.get("/api/v1/deliveries/" + delivery),
        answer -> answer.body().get("status").asText().equals("delivered"));
    assertThat(replayed.body().get("replayedAt").isNull()).isFalse();
    awaitCount(1, "SELECT count(*) FROM access_event WHERE actor = ? AND action = 'console.change'"
        + " AND target = ?", "user:" + admin, "/console/failures/deliveries/" + delivery + "/replay");
  }
}
