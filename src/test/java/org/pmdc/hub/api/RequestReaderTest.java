package org.pmdc.hub.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import org.apache.camel.Message;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultMessage;
import org.junit.jupiter.api.Test;

class RequestReaderTest {

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void everyBadParameterIsAnsweredAtOnceWithOneStatus() {
    RequestReader in = RequestReader.query(request(Map.of("from", "November", "status", "x", "cursor", "abc",
        "limit", "0")), "from", "status");

    in.page();
    in.date("from");
    in.oneOf("status", "all", java.util.List.of("all", "dead"));

    assertThatThrownBy(() -> in.done(new HashMap<>()))
        .asInstanceOf(type(ProblemException.class))
        .satisfies(problem -> {
          assertThat(problem.status()).isEqualTo(422);
          assertThat(problem.errors()).extracting(RowError::field).containsExactly("cursor", "limit", "from", "status");
        });
  }

  @Test
  void aPageIsTheCursorGivenAndAtMostAThousandItemsAHundredWhenNotSaid() {
    assertThat(RequestReader.query(request(Map.of())).page()).isEqualTo(new PageRequest(null, 100));
    assertThat(RequestReader.query(request(Map.of("cursor", "41", "limit", "1000"))).page())
        .isEqualTo(new PageRequest(41L, 1000));

    RequestReader tooMany = RequestReader.query(request(Map.of("limit", "1001")));
    tooMany.page();
    assertThatThrownBy(() -> tooMany.done(Map.of())).isInstanceOf(ProblemException.class);
  }

  @Test
  void aCursorIsAnyNonNegativeLongAndNothingLarger() {
    assertThat(RequestReader.query(request(Map.of("cursor", "9223372036854775807"))).page().cursor())
        .isEqualTo(Long.MAX_VALUE);

    RequestReader overflowing = RequestReader.query(request(Map.of("cursor", "9223372036854775808")));
    overflowing.page();
    assertThatThrownBy(() -> overflowing.done(Map.of()))
        .asInstanceOf(type(ProblemException.class))
        .extracting(ProblemException::errors).asList()
        .extracting(e -> ((RowError) e).field()).containsExactly("cursor");
  }

  @Test
  void aFlagIsTrueOrFalseAndAbsentMeansTheDefault() {
    assertThat(RequestReader.query(request(Map.of("explain", "true")), "explain").flag("explain", false)).isTrue();
    assertThat(RequestReader.query(request(Map.of()), "explain").flag("explain", false)).isFalse();

    RequestReader yes = RequestReader.query(request(Map.of("explain", "yes")), "explain");
    yes.flag("explain", false);
    assertThatThrownBy(() -> yes.done(Map.of())).isInstanceOf(ProblemException.class);
  }

  @Test
  void aBodyNamesTheFieldsOfNestedObjectsByTheirPath() {
    RequestReader in = RequestReader.body(json, "{\"channels\": [{\"port\": 0}], \"name\": \" \"}", false);

    in.text("name", true);
    in.nested(in.field("channels").get(0), "channels[0].").integer("port", 22, 1, 65_535);

    assertThatThrownBy(() -> in.done(Map.of()))
        .asInstanceOf(type(ProblemException.class))
        .extracting(ProblemException::errors).asList()
        .extracting(e -> ((RowError) e).field()).containsExactly("name", "channels[0].port");
  }

  @Test
  void onlyABodyThatIsNoJsonObjectIsRefusedOnTheSpot() {
    assertThatThrownBy(() -> RequestReader.body(json, "[1]", false))
        .asInstanceOf(type(ProblemException.class)).extracting(ProblemException::status).isEqualTo(400);
    assertThatThrownBy(() -> RequestReader.body(json, "{", false))
        .asInstanceOf(type(ProblemException.class)).extracting(ProblemException::status).isEqualTo(400);
    assertThat(RequestReader.body(json, "", true).has("graceSeconds")).isFalse();
  }

  private static Message request(Map<String, String> parameters) {
    Message message = new DefaultMessage(new DefaultCamelContext());
    parameters.forEach(message::setHeader);
    return message;
  }
}
