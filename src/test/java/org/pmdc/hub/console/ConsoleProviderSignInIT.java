package org.pmdc.hub.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.pmdc.hub.security.Role;
import org.pmdc.hub.support.World;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * People sign in to the console through their organisation's OpenID provider, in a real browser:
 * the provider's claims make them a console user of a role and participant, recorded for the
 * administrators and audited; a participant the hub does not know, a username that is a local
 * user's and a disabled user are refused on the sign-in page.
 */
class ConsoleProviderSignInIT extends ConsoleIntegrationTest {

  private static final StubOpenIdProvider PROVIDER = new StubOpenIdProvider();

  @DynamicPropertySource
  static void provider(DynamicPropertyRegistry registry) {
    registry.add("pmdc.console.oidc.issuer-uri", PROVIDER::issuer);
    registry.add("pmdc.console.oidc.client-id", () -> StubOpenIdProvider.CLIENT_ID);
    registry.add("pmdc.console.oidc.client-secret", () -> StubOpenIdProvider.CLIENT_SECRET);
    registry.add("pmdc.console.oidc.name", () -> "Example IdP");
    registry.add("pmdc.console.oidc.role-claim", () -> "roles");
  }

  @Test
  void aSubscriberUserOfTheProviderSeesItsParticipantsPagesAndIsRecordedForTheAdministrators() {
    World world = newWorld();
    String email = "ana-" + UUID.randomUUID().toString().substring(0, 8) + "@lp.example";
    PROVIDER.signsInNext(Map.of("email", email.toUpperCase(), "name", "Ana Lima",
        "roles", List.of("Everyone", "subscriber"), "pmdc_participant", world.subscriber()));

    browser.open("/console/sign-in").screenshot("sign-in-provider");
    signInThroughTheProvider();

    assertThat(browser.path()).isEqualTo("/console");
    assertThat(browser.find(By.className("who")).getText()).contains("Signed in as Ana Lima", world.subscriber());
    assertThat(browser.find(By.tagName("nav")).getText()).contains("Records").doesNotContain("Second factor");
    assertThat(browser.status("/console/records")).isEqualTo(200);
    assertThat(browser.status("/console/password")).as("its password is the provider's").isEqualTo(403);
    assertThat(jdbc.queryForList("SELECT u.role || ' ' || u.signs_in_with || ' ' || s.code || ' ' || (u.password_hash IS NULL)"
        + " FROM console_user u JOIN subscriber s ON s.id = u.subscriber_id WHERE u.username = ?", String.class, email))
        .containsExactly("subscriber provider " + world.subscriber() + " true");
    assertThat(jdbc.queryForList("SELECT outcome FROM access_event WHERE actor = ? AND action = 'console.sign-in'",
        Integer.class, "user:" + email)).containsExactly(200);

    browser.signOut().signIn(ConsolePeople.readyUser(users, Role.ADMIN, null), ConsolePeople.CHOSEN_PASSWORD)
        .open("/console/users");
    assertThat(browser.find(By.id("user-" + email)).getText()).contains("Ana Lima", "provider sign-in")
        .doesNotContain("New first password");
    assertThat(browser.signOut().signIn(email, "any password at all").text()).as("no password sign-in for a provider's user")
        .contains("The username or the password is not right.");
  }

  @Test
  void aParticipantTheHubDoesNotKnowALocalUsersNameAndADisabledUserAreRefused() {
    PROVIDER.signsInNext(Map.of("email", "bo@gp.example", "roles", "publisher", "pmdc_participant", "gp-nobody"));
    signInThroughTheProvider();
    assertThat(browser.path()).startsWith("/console/sign-in?refused=");
    assertThat(browser.text()).contains("names a participant the hub does not know");
    assertThat(count("SELECT count(*) FROM console_user WHERE username = 'bo@gp.example'")).isZero();

    String local = ConsolePeople.readyUser(users, Role.ADMIN, null);
    PROVIDER.signsInNext(Map.of("email", local, "roles", "admin"));
    signInThroughTheProvider();
    assertThat(browser.text()).contains("names a participant the hub does not know");
    assertThat(jdbc.queryForObject("SELECT signs_in_with FROM console_user WHERE username = ?", String.class, local))
        .isEqualTo("password");

    String viewer = "vi-" + UUID.randomUUID().toString().substring(0, 8) + "@coop.example";
    PROVIDER.signsInNext(Map.of("email", viewer, "roles", "viewer"));
    signInThroughTheProvider();
    assertThat(browser.path()).isEqualTo("/console");
    browser.signOut();
    assertThat(users.setEnabled(viewer, false)).isTrue();
    signInThroughTheProvider();
    assertThat(browser.path()).startsWith("/console/sign-in?refused=");
    assertThat(browser.text()).contains("This user is disabled");
    assertThat(browser.open("/console").path()).as("no session is left").isEqualTo("/console/sign-in");

    PROVIDER.signsInNext(Map.of("email", viewer, "roles", List.of()));
    signInThroughTheProvider();
    assertThat(browser.text()).contains("does not say which hub role");
  }

  private void signInThroughTheProvider() {
    browser.open("/console/sign-in").click(By.linkText("Sign in with Example IdP"));
  }
}
