package org.pmdc.hub.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pmdc.hub.support.HubClient;
import org.pmdc.hub.support.HubIntegrationTest;
import org.pmdc.hub.support.World;

/** The investor register: publishers register their investors; records introduce or must name them. */
class InvestorRegisterIT extends HubIntegrationTest {

  private static final String MAPLE = """
      {"code": "LP-0001", "legalName": "Maple Teachers' Pension Plan Board", "type": "pension",
       "lei": "HWUPKR0MPOU8FGXBT394", "domicile": "CA", "noticeContact": "capital.calls@maple.example"}""";

  @Test
  void aPublisherRegistersItsInvestorsAndSeesOnlyItsOwn() {
    World world = newWorld();
    World other = newWorld();

    HubClient.Response registered = world.asPublisher().post("/api/v1/investors", "application/json", MAPLE);
    assertThat(registered.status()).as(registered.body().toString()).isEqualTo(201);
    assertThat(registered.body().get("publisher").asText()).isEqualTo(world.publisher());
    assertThat(registered.body().get("lei").asText()).isEqualTo("HWUPKR0MPOU8FGXBT394");
    assertThat(world.asPublisher().post("/api/v1/investors", "application/json", MAPLE).status()).isEqualTo(409);

    JsonNode own = world.asPublisher().get("/api/v1/investors").body().get("items");
    assertThat(own).singleElement().satisfies(investor -> {
      assertThat(investor.get("code").asText()).isEqualTo("LP-0001");
      assertThat(investor.get("domicile").asText()).isEqualTo("CA");
      assertThat(investor.get("registeredAt").isNull()).isFalse();
    });
    assertThat(other.asPublisher().get("/api/v1/investors?publisher=" + world.publisher()).body().get("items")).isEmpty();
    assertThat(hub.get("/api/v1/investors?publisher=" + world.publisher()).body().get("items")).hasSize(1);
  }

  @Test
  void theRegisterIsReadPageByPage() {
    World world = newWorld();
    for (String code : List.of("LP-0101", "LP-0102", "LP-0103")) {
      world.asPublisher().post("/api/v1/investors", "application/json",
          "{\"code\": \"" + code + "\", \"legalName\": \"Investor " + code + "\"}");
    }

    JsonNode first = world.asPublisher().get("/api/v1/investors?limit=2").body();
    JsonNode last = world.asPublisher().get("/api/v1/investors?limit=2&cursor=" + first.get("nextCursor").asText()).body();

    assertThat(first.get("items")).extracting(i -> i.get("code").asText()).containsExactly("LP-0101", "LP-0102");
    assertThat(last.get("items")).extracting(i -> i.get("code").asText()).containsExactly("LP-0103");
    assertThat(last.get("nextCursor").isNull()).isTrue();
    HubClient.Response refused = world.asPublisher().get("/api/v1/investors?limit=0&cursor=x");
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body().get("errors")).extracting(error -> error.get("field").asText())
        .containsExactlyInAnyOrder("limit", "cursor");
  }

  @Test
  void everyInvalidFieldOfARegistrationIsNamed() {
    World world = newWorld();
    HubClient.Response refused = world.asPublisher().post("/api/v1/investors", "application/json", """
        {"code": "LP-0009", "legalName": "Nine", "type": "hedge", "lei": "HWUPKR0MPOU8FGXBT395",
         "domicile": "XX", "noticeContact": "nobody"}""");

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body().get("errors")).extracting(error -> error.get("field").asText())
        .containsExactlyInAnyOrder("type", "lei", "domicile", "noticeContact");
  }

  @Test
  void aRecordIntroducesTheInvestorsItNamesFirstAndItsStatusSaysSo() {
    World world = newWorld();
    world.asPublisher().post("/api/v1/investors", "application/json", MAPLE);

    String id = world.submit("text/csv", sampleText("capital-call.csv")).body().get("id").asText();
    JsonNode done = world.awaitCompleted(id);

    assertThat(done.get("status").asText()).isEqualTo("stored");
    assertThat(done.get("warnings")).filteredOn(w -> w.get("field").asText().equals("investorId"))
        .extracting(w -> w.get("value").asText()).containsExactly("LP-0002", "LP-0003");
    JsonNode investors = world.asPublisher().get("/api/v1/investors").body().get("items");
    assertThat(investors).filteredOn(i -> i.get("code").asText().equals("LP-0002")).singleElement()
        .satisfies(introduced -> {
          assertThat(introduced.get("registeredAt").isNull()).isTrue();
          assertThat(introduced.get("introducedBy").asText()).isEqualTo(id);
        });
  }

  @Test
  void aPublisherThatRegistersFirstHasRecordsNamingAnyOtherInvestorRejected() {
    World world = newWorld();
    world.asPublisher().post("/api/v1/investors", "application/json", MAPLE);
    HubClient.Response policy = hub.patch("/api/v1/publishers/" + world.publisher(), "{\"investors\": \"registered-only\"}");
    assertThat(policy.status()).isEqualTo(200);
    assertThat(policy.body().get("investors").asText()).isEqualTo("registered-only");

    JsonNode rejected = world.awaitCompleted(world.submit("text/csv", sampleText("capital-call.csv")).body().get("id").asText());

    assertThat(rejected.get("status").asText()).isEqualTo("rejected");
    assertThat(rejected.get("errors")).extracting(e -> e.get("row").asInt() + " " + e.get("value").asText())
        .containsExactly("3 LP-0002", "4 LP-0003");
    assertThat(rejected.at("/errors/0/message").asText()).startsWith("not a registered investor of publisher " + world.publisher());

    for (String code : new String[] {"LP-0002", "LP-0003"}) {
      world.asPublisher().post("/api/v1/investors", "application/json",
          "{\"code\": \"" + code + "\", \"legalName\": \"Investor " + code + "\"}");
    }
    String again = sampleText("capital-call.csv").replace("Follow-on", "Follow-on (resent)");
    assertThat(world.awaitCompleted(world.submit("text/csv", again).body().get("id").asText()).get("status").asText())
        .isEqualTo("stored");
  }
}
