package org.pmdc.hub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.pmdc.hub.support.HubIntegrationTest;
import org.pmdc.hub.support.RawHttp;

/**
 * Scope checks fail closed: a path no operation declares is refused to every caller, even when
 * something serves it, and the spellings of an admin path a subscriber might try (trailing slash,
 * double slash, case, matrix parameters, encoded dots) never reach it. Every refusal, including
 * those Tomcat makes before the hub reads the request, is a problem document with the security headers.
 */
class PathVariantsIT extends HubIntegrationTest {

  @Test
  void aRouteNoOperationDeclaresIsNotReachedByAnAuthenticatedCaller() {
    String token = newWorld().asSubscriber().token();

    RawHttp.Answer answer = get("/api/v1/test/undeclared", token);

    assertThat(answer.body()).doesNotContain("reached");
    assertThat(answer.status()).isEqualTo(404);
    assertRefusal(answer);
    assertThat(answer.body()).contains("No operation of the hub is GET /api/v1/test/undeclared");
  }

  @Test
  void spellingsOfAnAdminPathAreRefusedToASubscriberAsProblems() {
    String token = newWorld().asSubscriber().token();
    List<String> variants = List.of("/api/v1/publishers/", "/API/v1/publishers", "/api/v1/Publishers",
        "/api/v1//publishers", "//api/v1/publishers", "/api/v1/publishers;x=1", "/api/v1/./publishers",
        "/api/v1/%2e%2e/v1/publishers", "/api/v1/subscribers/%2e%2e/publishers", "/api/v1/%2e%2e%2fpublishers",
        "/api/v1/publishers%2f", "/api/v1/lp/../publishers");
    SoftAssertions softly = new SoftAssertions();
    for (String path : variants) {
      RawHttp.Answer answer = get(path, token);
      softly.assertThat(answer.status()).as(path + ": " + answer.body()).isIn(400, 403, 404);
      softly.assertThat(answer.header("Content-Type")).as(path).startsWith("application/problem+json");
      softly.assertThat(answer.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
      softly.assertThat(answer.header("Content-Security-Policy")).as(path).contains("frame-ancestors 'none'");
    }
    softly.assertAll();
  }

  @Test
  void aHeaderTooLargeForTheServerIsAProblemDocument() {
    RawHttp.Answer answer = get("/api/v1/publishers", "x".repeat(100_000));

    assertThat(answer.status()).isEqualTo(400);
    assertRefusal(answer);
  }

  private RawHttp.Answer get(String path, String token) {
    return RawHttp.exchange(port, "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token,
        new byte[0]);
  }

  private static void assertRefusal(RawHttp.Answer answer) {
    assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(answer.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
    assertThat(answer.body()).contains("\"status\":" + answer.status());
  }

}
