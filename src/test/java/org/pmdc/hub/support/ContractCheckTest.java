package org.pmdc.hub.support;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** The check every integration test's answers pass through catches an answer the document does not allow. */
class ContractCheckTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DOCUMENT = """
      {"openapi": "3.1.0", "paths": {
        "/api/v1/things/{id}": {"get": {"responses": {
          "200": {"description": "a thing", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
          "304": {"description": "unchanged"}}}},
        "/api/v1/things/mine": {"get": {"responses": {"default": {"description": "anything"}}}},
        "/api/v1/things/{id}/content": {"get": {"responses": {
          "200": {"description": "its bytes", "content": {"*/*": {"schema": {"type": "string"}}}}}}},
        "/api/v1/things": {"post": {
          "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
          "responses": {"201": {"description": "made"}, "422": {"description": "refused"}}}}},
       "components": {"schemas": {"Thing": {"type": "object", "required": ["id"],
          "properties": {"id": {"type": "integer"}}}}}}
      """;

  private final ContractCheck check = new ContractCheck(DOCUMENT);

  ContractCheckTest() throws Exception {}

  @Test
  void anAnswerAsDeclaredPasses() throws Exception {
    assertThatCode(() -> check.check("GET", URI.create("http://hub/api/v1/things/7"), 200, "application/json",
        body("{\"id\": 7}"))).doesNotThrowAnyException();
    assertThatCode(() -> check.check("GET", URI.create("http://hub/api/v1/things/7"), 304, null, null))
        .doesNotThrowAnyException();
  }

  @Test
  void bytesOfAnyTypeAnswerAnOperationDeclaringTheRangeOfAllTypes() throws Exception {
    assertThatCode(() -> check.check("GET", URI.create("http://hub/api/v1/things/7/content"), 200, "application/json",
        body("{\"id\": 7}"))).doesNotThrowAnyException();
  }

  @Test
  void anUndeclaredStatusFails() {
    assertThatThrownBy(() -> check.check("GET", URI.create("http://hub/api/v1/things/7"), 404, "application/json",
        null)).isInstanceOf(AssertionError.class).hasMessageContaining("does not declare");
  }

  @Test
  void aBodyBreakingItsSchemaFails() throws Exception {
    JsonNode wrong = body("{\"id\": \"seven\"}");
    assertThatThrownBy(() -> check.check("GET", URI.create("http://hub/api/v1/things/7"), 200, "application/json",
        wrong)).isInstanceOf(AssertionError.class).hasMessageContaining("breaks its OpenAPI schema");
  }

  @Test
  void anUndeclaredMediaTypeOrBodyFails() throws Exception {
    assertThatThrownBy(() -> check.check("GET", URI.create("http://hub/api/v1/things/7"), 200, "text/csv",
        body("{\"id\": 7}"))).isInstanceOf(AssertionError.class).hasMessageContaining("'text/csv'");
    assertThatThrownBy(() -> check.check("GET", URI.create("http://hub/api/v1/things/7"), 304, "application/json",
        body("{\"id\": 7}"))).isInstanceOf(AssertionError.class).hasMessageContaining("does not declare");
  }

  @Test
  void aLiteralPathWinsOverAParameterAndUndeclaredCallsAreNotChecked() {
    assertThatCode(() -> check.check("GET", URI.create("http://hub/api/v1/things/mine"), 418, "text/plain", null))
        .doesNotThrowAnyException();
    assertThatCode(() -> check.check("DELETE", URI.create("http://hub/api/v1/things/7"), 405, null, null))
        .doesNotThrowAnyException();
  }

  @Test
  void anAcceptedBodyMustMatchTheRequestSchemaARefusedOneNeedNot() {
    URI things = URI.create("http://hub/api/v1/things");
    byte[] wrong = "{\"id\": \"seven\"}".getBytes();
    assertThatThrownBy(() -> check.checkAccepted("POST", things, 201, "application/json", wrong))
        .isInstanceOf(AssertionError.class).hasMessageContaining("request schema refuses");
    assertThatCode(() -> check.checkAccepted("POST", things, 422, "application/json", wrong)).doesNotThrowAnyException();
    assertThatCode(() -> check.checkAccepted("POST", things, 201, "application/json", "{\"id\": 7}".getBytes()))
        .doesNotThrowAnyException();
  }

  private static JsonNode body(String json) throws Exception {
    return JSON.readTree(json);
  }
}
