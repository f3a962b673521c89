package org.pmdc.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pmdc.hub.support.HubIntegrationTest;

/**
 * The OpenAPI document clients are generated from is valid and complete. That each answer matches
 * it is checked on every call the integration tests make (support/ContractCheck).
 */
class ApiContractIT extends HubIntegrationTest {

  @Test
  void theDocumentIsValidOpenApi31() {
    String document = hub.anonymous().get("/api/v1/openapi.json").raw().body();

    SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document);

    assertThat(parsed.getMessages()).isEmpty();
    assertThat(parsed.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
    assertThat(parsed.getOpenAPI().getInfo().getTitle()).isEqualTo("PMDC Exchange Hub API");
  }

  @Test
  void everyOperationDeclaresItsPathParametersAndItsAnswers() {
    JsonNode paths = hub.anonymous().get("/api/v1/openapi.json").body().get("paths");
    List<String> gaps = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : paths.properties()) {
      for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
        String name = operation.getKey().toUpperCase() + " " + path.getKey();
        JsonNode declared = operation.getValue();
        for (String parameter : pathParameters(path.getKey())) {
          boolean found = false;
          for (JsonNode p : declared.path("parameters")) {
            found |= p.get("in").asText().equals("path") && p.get("name").asText().equals(parameter);
          }
          if (!found) {
            gaps.add(name + ": path parameter " + parameter + " undeclared");
          }
        }
        JsonNode responses = declared.get("responses");
        if (responses.has("default") || responses.properties().stream().noneMatch(r -> r.getKey().startsWith("2"))) {
          gaps.add(name + ": no success answer declared");
        }
      }
    }
    assertThat(gaps).isEmpty();
  }

  @Test
  void everyErrorIsAProblemDocumentAndSecuredOperationsDeclareTheirRefusals() {
    JsonNode investors = hub.anonymous().get("/api/v1/openapi.json").body()
        .at("/paths/~1api~1v1~1subscriptions~1{id}~1investors/put/responses");

    assertThat(investors.fieldNames()).toIterable()
        .contains("200", "401", "403", "404", "413", "415", "422", "429", "500");
    assertThat(investors.at("/422/content").fieldNames()).toIterable().containsExactly("application/problem+json");
    assertThat(investors.at("/422/content/application~1problem+json/schema/$ref").asText())
        .isEqualTo("#/components/schemas/Problem");
  }

  private static List<String> pathParameters(String template) {
    List<String> names = new ArrayList<>();
    Matcher matcher = Pattern.compile("\\{([^}]+)}").matcher(template);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }
}
