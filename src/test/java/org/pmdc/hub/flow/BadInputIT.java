package org.pmdc.hub.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pmdc.hub.support.HubClient;
import org.pmdc.hub.support.HubIntegrationTest;
import org.pmdc.hub.support.World;

/**
 * Each kind of bad input gets its own specific error, and nothing is written but the rejected raw
 * submission: no notice, no allocation, no delivery.
 */
class BadInputIT extends HubIntegrationTest {

  /** The sample CSV: header on line 1, LP-0001 on line 2, LP-0002 on line 3, LP-0003 on line 4. */
  static Stream<Arguments> badNotices() {
    return Stream.of(
        bad("unknown fund", csv(s -> s.replace("GF-III", "GF-IX")),
            null, "fund_id", "GF-IX", "unknown fund"),
        bad("missing required field", csv(s -> s.replace(",2026-11-20,", ",,")),
            null, "notice_date", null, "required field is missing"),
        bad("missing required column", csv(s -> s.replace("notice_date,", "notice_dt,")),
            null, "notice_date", null, "required column is missing"),
        bad("unrecognised layout", csv(s -> s.replace(",investments,", ",capital,")),
            null, null, null, "no mapping recognises this text/csv input"),
        bad("bad date", csv(s -> s.replace("2026-12-04", "2026-12-32")),
            2, "due_date", "2026-12-32", "not a valid date in the format yyyy-MM-dd"),
        bad("bad amount", csv(s -> s.replace("20000000.00,300000.00", "20000000.00,3OO000.00")),
            4, "investments", "3OO000.00", "not a decimal amount"),
        bad("negative amount", csv(s -> s.replace("30000000.00,450000.00,0.00", "30000000.00,450000.00,-10.00")),
            3, "management_fees", "-10.00", "amount must not be negative"),
        bad("allocations not summing to the notice total", csv(s -> s.replace(",1500000.00,LP", ",1500001.00,LP")),
            null, "notice_total", "1500001.00", "the allocations sum to 1500000.00, not to the notice total"),
        bad("amount not equal to its components", csv(s -> s.replace("0.00,750000.00,30787500.00", "0.00,750001.00,30787500.00")),
            2, "amount", "750001.00", "amount does not equal the sum of its components (750000.00)"),
        bad("more decimals than the currency has", csv(s -> s.replace("20000000.00,300000.00", "20000000.00,300000.001")),
            4, "investments", "300000.001", "USD amounts have at most 2 decimal places"),
        bad("unknown currency", csv(s -> s.replace(",USD,", ",USX,")),
            2, "currency", "USX", "not an ISO 4217 currency code"),
        bad("an ISO 4217 code that is no currency", csv(s -> s.replace(",USD,", ",XXX,")),
            2, "currency", "XXX", "XXX is an ISO 4217 code that names no currency (a metal, a unit of account, testing "
                + "or 'no currency'); give the currency of the amounts"),
        bad("a column named twice", csv(s -> s.replaceFirst("investor_id", "fund_id")),
            1, null, null, "the header names the column 'fund_id' twice (columns 1 and 8); give each column its own name"),
        bad("investor twice", csv(s -> s.replace("LP-0003", "LP-0001")),
            4, "investor_id", "LP-0001", "investor appears more than once in the notice (first in row 2)"),
        bad("due date before notice date", csv(s -> s.replace("2026-12-04", "2026-11-01")),
            null, "due_date", "2026-11-01", "must not be before the notice date 2026-11-20"),
        bad("row with too many fields", csv(s -> s.replace("12315000.00", "12315000.00,extra")),
            4, null, null, "row has 17 fields but the header has 16"),
        bad("NUL character in a cell", csv(s -> s.replace("Harbor University", "Harbor\0University")),
            3, "investor_name", "Harbor\\u0000University Endowment", "contains a NUL character (U+0000)"),
        bad("unparseable JSON", json("{\"recordType\": \"capital_call\", \"fundId\": "),
            null, null, null, "the submission is not valid JSON"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badNotices")
  void aBadNoticeIsRejectedWithASpecificErrorAndNothingButTheRawInputIsKept(
      String name, String contentType, String body, Integer row, String field, String value, String message) {
    World world = newWorld();

    HubClient.Response accepted = world.submit(contentType, body);
    assertThat(accepted.status()).isEqualTo(202);
    String id = accepted.body().get("id").asText();
    JsonNode done = world.awaitCompleted(id);

    assertThat(done.get("status").asText()).isEqualTo("rejected");
    assertThat(done.get("errorCount").asInt()).isEqualTo(done.get("errors").size()).isPositive();
    assertThat(done.get("errors"))
        .as(done.get("errors").toString())
        .anySatisfy(error -> {
          assertThat(error.path("row").isMissingNode() ? null : error.get("row").asInt()).isEqualTo(row);
          assertThat(error.path("field").isMissingNode() ? null : error.get("field").asText()).isEqualTo(field);
          assertThat(error.path("value").isMissingNode() ? null : error.get("value").asText()).isEqualTo(value);
          assertThat(error.get("message").asText()).startsWith(message);
        });
    if (field != null) {
      // One error per cause: a value that cannot be read is not also "required field is missing".
      assertThat(done.get("errors")).as(done.get("errors").toString())
          .filteredOn(error -> field.equals(error.path("field").asText())).hasSize(1);
    }
    assertThat(done.get("notice").isNull()).isTrue();
    assertThat(count("SELECT count(*) FROM notice n JOIN publisher p ON p.id = n.publisher_id WHERE p.code = ?",
        world.publisher())).isZero();
    assertThat(count("SELECT count(*) FROM investor i JOIN publisher p ON p.id = i.publisher_id WHERE p.code = ?",
        world.publisher())).isZero();
    assertThat(count("SELECT count(*) FROM submission s WHERE public_id = ?::uuid AND size_bytes = ?"
            + " AND (SELECT string_agg(bytes, ''::bytea ORDER BY part) FROM submission_content c"
            + "      WHERE c.submission_id = s.id) = ?",
        id, body.getBytes(StandardCharsets.UTF_8).length, body.getBytes(StandardCharsets.UTF_8))).isEqualTo(1);
    assertThat(count("SELECT count(*) FROM audit_event a JOIN submission s ON s.id = a.submission_id "
        + "WHERE s.public_id = ?::uuid AND a.stage = 'rejected'", id)).isEqualTo(1);
  }

  @Test
  void aNulCharacterIsBadInputOnEveryPathNeverAFailureOfTheHub() {
    World world = newWorld();
    String withNul = sampleText("capital-call.csv").replace("Harbor University", "Harbor\0University");

    HubClient.Response preview = world.asPublisher().post("/api/v1/mappings/preview", "text/csv", withNul);
    HubClient.Response publisher = hub.post("/api/v1/publishers", "application/json", "{\"code\":\"gp-nul\",\"name\":\"G\\u0000P\"}");

    assertThat(preview.status()).as(preview.body().toString()).isEqualTo(200);
    assertThat(preview.body().get("accepted").asBoolean()).isFalse();
    assertThat(preview.body().get("errors")).extracting(error -> error.get("field").asText()).contains("investor_name");
    assertProblem(publisher, 422, "/problems/validation-failed");
    assertThat(publisher.body().at("/errors/0/field").asText()).isEqualTo("name");
    assertThat(count("SELECT (SELECT count(*) FROM staged_line WHERE submission_id < 0)"
        + " + (SELECT count(*) FROM staged_allocation WHERE submission_id < 0)")).as("staged by the preview").isZero();
  }

  @Test
  void aRequestWithoutTokenIsUnauthorised() {
    HubClient.Response response = hub.anonymous().post("/api/v1/submissions", "text/csv", sampleText("capital-call.csv"));

    assertProblem(response, 401, "/problems/unauthenticated");
  }

  @Test
  void aClientThatIsNotAPublisherIsForbiddenAndNothingIsStored() {
    World world = newWorld();
    long before = count("SELECT count(*) FROM submission");

    HubClient.Response response = world.asSubscriber().post("/api/v1/submissions", "text/csv",
        sampleText("capital-call.csv"));

    assertProblem(response, 403, "/problems/forbidden");
    assertThat(count("SELECT count(*) FROM submission")).isEqualTo(before);
  }

  @Test
  void anUnsupportedContentTypeIsRefusedAndNothingIsStored() {
    World world = newWorld();

    HubClient.Response response = world.submit("text/plain", "capital call for GF-III");

    assertProblem(response, 415, "/problems/unsupported-media-type");
    assertThat(response.body().get("detail").asText()).isEqualTo("Content-Type 'text/plain' is not accepted; send "
        + "application/json, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, text/csv, "
        + "or one such file as multipart/form-data.");
    assertThat(count("SELECT count(*) FROM submission s JOIN publisher p ON p.id = s.publisher_id "
        + "WHERE p.code = ?", world.publisher())).isZero();
  }

  @Test
  void anEmptyBodyIsABadRequest() {
    World world = newWorld();

    assertProblem(world.submit("text/csv", ""), 400, "/problems/bad-request");
  }

  @Test
  void anotherPublishersSubmissionIsNotFound() {
    World owner = newWorld();
    World other = newWorld();
    String id = owner.submit("text/csv", sampleText("capital-call.csv")).body().get("id").asText();

    assertProblem(other.asPublisher().get("/api/v1/submissions/" + id), 404, "/problems/not-found");
    assertProblem(owner.asPublisher().get("/api/v1/submissions/not-a-uuid"), 404, "/problems/not-found");
  }

  private static void assertProblem(HubClient.Response response, int status, String type) {
    assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(status);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    assertThat(response.body().get("status").asInt()).isEqualTo(status);
    assertThat(response.body().get("type").asText()).isEqualTo(type);
    assertThat(response.body().get("title").asText()).isNotBlank();
    assertThat(response.body().get("detail").asText()).isNotBlank();
  }

  private static Arguments bad(String name, String[] input, Integer row, String field, String value, String message) {
    return Arguments.of(name, input[0], input[1], row, field, value, message);
  }

  private static String[] csv(UnaryOperator<String> change) {
    return new String[] {"text/csv", change.apply(sampleText("capital-call.csv"))};
  }

  private static String[] json(String body) {
    return new String[] {"application/json", body};
  }
}
