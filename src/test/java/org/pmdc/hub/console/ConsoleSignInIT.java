package org.pmdc.hub.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.pmdc.hub.security.Role;
import org.pmdc.hub.support.HubClient;
import org.pmdc.hub.support.World;

/**
 * People sign in to the console in a real browser: the first administrator, users an administrator
 * creates, the lock-out, what a viewer may not do, a form sent without its CSRF token, and the home
 * page of each role.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleSignInIT extends ConsoleIntegrationTest {

  /** What the first administrator chooses in the first journey; the later ones sign in with it. */
  private static final String ADMIN_PASSWORD = ConsolePeople.CHOSEN_PASSWORD;
  private static final String FIRST_PASSWORD = ConsolePeople.FIRST_PASSWORD;
  private static final String CHOSEN_PASSWORD_OF_INVITEE = "lanterns over the quiet river";


  @Test
  @Order(1)
  void theFirstAdministratorChoosesAPasswordAndSeesTheHealthOfTheHub() {
    browser.open("/console");
    assertThat(browser.path()).isEqualTo("/console/sign-in");
    browser.screenshot("sign-in");

    browser.signIn("admin", "test-console-first-password");
    assertThat(browser.path()).isEqualTo("/console/password");
    browser.open("/console/users");
    assertThat(browser.path()).as("nothing but the password page before the first password is changed")
        .isEqualTo("/console/password");
    browser.type("Current password", "test-console-first-password").type("New password", "short")
        .type("New password again", "short").press("Save the password");
    assertThat(browser.text()).contains("at least 12 characters");
    browser.screenshot("password");
    browser.type("Current password", "test-console-first-password").type("New password", ADMIN_PASSWORD)
        .type("New password again", ADMIN_PASSWORD).press("Save the password");

    assertThat(browser.path()).startsWith("/console?passwordChanged");
    assertThat(browser.text()).contains("Your password is saved.", "Health of the hub", "db", "Waiting for approval");
    assertThat(browser.find(By.id("recalculations")).getText()).contains("performance", "reporting", "cohorts");
    browser.screenshot("home-admin");
    assertThat(jdbc.queryForList("SELECT outcome FROM access_event WHERE actor = 'user:admin'"
        + " AND action = 'console.sign-in'", Integer.class)).containsExactly(200);
  }

  @Test
  @Order(2)
  void anAdministratorCreatesAViewerWhoSeesButCannotChange() {
    String viewer = "viewer-" + UUID.randomUUID().toString().substring(0, 8);
    browser.signIn("admin", ADMIN_PASSWORD).open("/console/users")
        .type("Username", viewer).type("Name", "Vera Viewer").fill("new-first-password", FIRST_PASSWORD);
    browser.find(By.id("new-role")).findElement(By.cssSelector("option[value=viewer]")).click();
    browser.press("Create the user");
    assertThat(browser.text()).contains("User " + viewer + " created.");
    browser.screenshot("users");
    browser.signOut().signIn(viewer, FIRST_PASSWORD);
    assertThat(browser.path()).isEqualTo("/console/password");
    browser.type("Current password", FIRST_PASSWORD).type("New password", ADMIN_PASSWORD)
        .type("New password again", ADMIN_PASSWORD).press("Save the password");

    browser.open("/console/users");
    assertThat(browser.text()).contains(viewer, "Vera Viewer").doesNotContain("New user");
    assertThat(browser.has(By.xpath("//button[normalize-space()='Disable']"))).isFalse();
    assertThat(browser.post("/console/users/admin/disable", true)).isEqualTo(403);
    assertThat(users.find("admin").orElseThrow().isEnabled()).isTrue();
    awaitCount(1, "SELECT count(*) FROM access_event WHERE actor = ? AND action = 'console.change'"
        + " AND target = '/console/users/admin/disable' AND outcome = 403", "user:" + viewer);
  }

  @Test
  @Order(3)
  void aFormSentWithoutItsCsrfTokenIsRefused() {
    String someone = newUser(Role.VIEWER, null);
    browser.signIn("admin", ADMIN_PASSWORD).open("/console/users");

    assertThat(browser.post("/console/users/" + someone + "/disable", false)).isEqualTo(403);
    assertThat(users.find(someone).orElseThrow().isEnabled()).isTrue();
    assertThat(browser.post("/console/users/" + someone + "/disable", true)).isIn(0L, 302L); // done, then redirected
    assertThat(users.find(someone).orElseThrow().isEnabled()).isFalse();
  }

  @Test
  @Order(4)
  void repeatedFailedSignInsLockTheUserUntilAnAdministratorEnablesIt() {
    String someone = newUser(Role.VIEWER, null);
    for (int attempt = 1; attempt <= 4; attempt++) {
      browser.signIn(someone, "not the password " + attempt);
      assertThat(browser.text()).contains("The username or the password is not right.");
    }
    browser.signIn(someone, "not the password 5");
    assertThat(browser.text()).contains("This user is locked");
    browser.signIn(someone, FIRST_PASSWORD);
    assertThat(browser.text()).as("the right password does not open a locked user").contains("This user is locked");
    browser.screenshot("sign-in-locked");
    awaitCount(6, "SELECT count(*) FROM access_event WHERE actor = ? AND action = 'console.sign-in'"
        + " AND outcome = 401", "user:" + someone);

    String nobody = "nobody-" + someone;
    browser.signIn(nobody, FIRST_PASSWORD);
    assertThat(browser.text()).as("no word on whether a user exists").contains("The username or the password is not right.");
    assertThat(count("SELECT count(*) FROM access_event WHERE actor = ?", "user:" + nobody)).isZero();

    browser.signIn("admin", ADMIN_PASSWORD).open("/console/users");
    browser.click(By.cssSelector("#user-" + someone + " button[aria-label='Enable " + someone + "']"));
    browser.signOut().signIn(someone, FIRST_PASSWORD);
    assertThat(browser.path()).isEqualTo("/console/password");
  }

  @Test
  @Order(5)
  void aPublisherUserSeesItsSubmissionsOfTodayAndNoOtherPublishers() throws Exception {
    World world = newWorld();
    World other = newWorld();
    world.awaitCompleted(world.submit("text/csv", sampleText("capital-call.csv")).body().get("id").asText());
    other.awaitCompleted(other.submit("text/csv", sampleText("capital-call.csv")).body().get("id").asText());
    String gp = ConsolePeople.readyUser(users, Role.PUBLISHER, world.publisher());

    browser.signIn(gp, ADMIN_PASSWORD);

    assertThat(browser.text()).contains("Your submissions today", "rest", "stored", "Deliveries of your records")
        .doesNotContain("Health of the hub");
    assertThat(browser.find(By.cssSelector("main table tbody")).findElements(By.tagName("tr"))).hasSize(1);
    browser.screenshot("home-publisher");
    browser.open("/console/users");
    assertThat(browser.text()).contains("Not allowed");
  }

  @Test
  @Order(6)
  void aSubscriberUserSeesTheCapitalCallsDueOfItsOwnInvestorsOnly() {
    World world = newWorld();
    String onlyMaple = "lp-maple-" + UUID.randomUUID().toString().substring(0, 8);
    hub.post("/api/v1/subscribers", "application/json", "{\"code\":\"%s\",\"name\":\"Maple's LP\"}".formatted(onlyMaple));
    World.approve(hub, "subscribers", onlyMaple);
    HubClient.Response subscribed = hub.post("/api/v1/subscriptions", "application/json", """
        {"publisher": "%s", "subscriber": "%s", "investors": ["LP-0001"],
         "channels": [{"type": "webhook", "url": "%s"}]}""".formatted(world.publisher(), onlyMaple,
        lp.baseUrl() + world.webhookPath()));
    assertThat(subscribed.status()).as(subscribed.body().toString()).isEqualTo(201);
    String dueDate = HomePage.businessDaysAfter(LocalDate.now(), 3).toString();
    world.awaitCompleted(world.submit("text/csv", sampleText("capital-call.csv").replace("2026-12-04", dueDate))
        .body().get("id").asText());
    String maple = ConsolePeople.readyUser(users, Role.SUBSCRIBER, onlyMaple);
    String everyone = ConsolePeople.readyUser(users, Role.SUBSCRIBER, world.subscriber());

    browser.signIn(maple, ADMIN_PASSWORD);
    assertThat(browser.text()).contains("Capital calls due by", dueDate + " GF-III USD 1", "capital_call GF-III");
    browser.screenshot("home-subscriber");
    browser.click(By.linkText("capital_call"));
    assertThat(browser.find(By.id("lines")).getText()).contains("LP-0001").doesNotContain("LP-0002");
    browser.signOut().signIn(everyone, ADMIN_PASSWORD);
    assertThat(browser.text()).contains(dueDate + " GF-III USD 3");
  }

  @Test
  @Order(7)
  void aUserWithASecondFactorGivesACodeOfItsAppAfterThePasswordEachCodeOnce() {
    String someone = ConsolePeople.readyUser(users, Role.VIEWER, null);
    browser.signIn(someone, ADMIN_PASSWORD).open("/console/second-factor").press("Set up an authenticator app");
    byte[] key = base32(browser.find(By.id("totp-key")).getText());
    assertThat(browser.find(By.id("totp-uri")).getText()).startsWith("otpauth://totp/PMDC%20Exchange%20Hub%3A" + someone);
    browser.screenshot("second-factor");
    browser.type("Then give the code the app shows, to confirm it holds the key", Totp.code(key, Totp.stepAt(Instant.now())))
        .press("Confirm");
    assertThat(browser.text()).contains("Your second factor is set up");

    browser.signOut().signIn(someone, ADMIN_PASSWORD);
    assertThat(browser.path()).isEqualTo("/console/sign-in/code");
    browser.open("/console/users");
    assertThat(browser.path()).as("nothing before the code").isEqualTo("/console/sign-in/code");
    String code = Totp.code(key, Totp.stepAt(Instant.now()));
    browser.fill("code", wrong(code)).press("Sign in");
    assertThat(browser.text()).contains("That code is not right");
    browser.screenshot("sign-in-code");
    browser.fill("code", code).press("Sign in");
    assertThat(browser.path()).isEqualTo("/console");

    browser.signOut().signIn(someone, ADMIN_PASSWORD).fill("code", code).press("Sign in");
    assertThat(browser.text()).as("a code is accepted once").contains("That code is not right, or it was used already");
    awaitCount(2, "SELECT count(*) FROM access_event WHERE actor = ? AND action = 'console.second-factor'"
        + " AND outcome = 401", "user:" + someone);

    browser.press("Cancel and sign out").signIn("admin", ADMIN_PASSWORD).open("/console/users")
        .click(By.cssSelector("button[aria-label='Remove the second factor of " + someone + "']"));
    browser.signOut().signIn(someone, ADMIN_PASSWORD);
    assertThat(browser.path()).isEqualTo("/console");
  }

  /** Another six digits than the code. */
  private static String wrong(String code) {
    return code.equals("000000") ? "111111" : "000000";
  }

  /** The key as the page shows it: base32 in groups of four. */
  private static byte[] base32(String shown) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    String text = shown.replace(" ", "");
    byte[] key = new byte[text.length() * 5 / 8];
    long buffer = 0;
    int bits = 0;
    int at = 0;
    for (char c : text.toCharArray()) {
      buffer = (buffer << 5) | alphabet.indexOf(c);
      bits += 5;
      if (bits >= 8) {
        key[at++] = (byte) (buffer >> (bits - 8));
        bits -= 8;
      }
    }
    return key;
  }

  private String newUser(Role role, String participant) {
    return ConsolePeople.newUser(users, role, participant);
  }

  @Test
  @Order(8)
  void aUserInvitedByALinkChoosesItsPasswordThereOnceAndALinkReplacedStopsWorking() {
    String invitee = "ines-" + UUID.randomUUID().toString().substring(0, 8);
    browser.signIn("admin", ADMIN_PASSWORD).open("/console/users").type("Username", invitee).type("Name", "Ines Invited");
    browser.press("Create the user");
    String link = browser.find(By.cssSelector("#invitation-link code")).getText();
    assertThat(link).startsWith("http://localhost:" + port + "/console/invitation/");
    assertThat(browser.find(By.id("user-" + invitee)).getText()).contains("invited");
    browser.screenshot("users-invitation");
    browser.open("/console/users");
    assertThat(browser.has(By.id("invitation-link"))).as("shown once").isFalse();
    browser.signOut();
    assertThat(browser.signIn(invitee, "anything at all here").text()).as("no password before the link is used")
        .contains("The username or the password is not right.");

    browser.open(pathOf(link));
    assertThat(browser.text()).contains("You are invited", invitee);
    browser.type("Password", "short").type("Password again", "short").press("Save the password");
    assertThat(browser.text()).contains("at least 12 characters");
    browser.screenshot("invitation");
    browser.type("Password", CHOSEN_PASSWORD_OF_INVITEE).type("Password again", CHOSEN_PASSWORD_OF_INVITEE)
        .press("Save the password");
    assertThat(browser.text()).contains("Your password is saved");
    browser.signIn(invitee, CHOSEN_PASSWORD_OF_INVITEE);
    assertThat(browser.path()).as("straight in: the password is the user's own").isEqualTo("/console");
    browser.signOut();
    assertThat(browser.status(pathOf(link))).as("used once").isEqualTo(410);
    awaitCount(1, "SELECT count(*) FROM access_event WHERE actor = ? AND action = 'console.invitation' AND outcome = 200",
        "user:" + invitee);

    browser.signIn("admin", ADMIN_PASSWORD).open("/console/users")
        .click(By.cssSelector("button[aria-label='New invitation link for " + invitee + "']"));
    String first = browser.find(By.cssSelector("#invitation-link code")).getText();
    browser.open("/console/users").click(By.cssSelector("button[aria-label='New invitation link for " + invitee + "']"));
    String second = browser.find(By.cssSelector("#invitation-link code")).getText();
    browser.signOut();
    assertThat(browser.status(pathOf(first))).isEqualTo(410);
    assertThat(browser.open(pathOf(first)).text()).contains("no longer works");
    assertThat(browser.status(pathOf(second))).isEqualTo(200);
  }

  private static String pathOf(String link) {
    return URI.create(link).getPath();
  }
}
