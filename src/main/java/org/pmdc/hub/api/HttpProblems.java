package org.pmdc.hub.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;

/**
 * Writes an RFC 9457 problem document straight to the servlet response, for refusals made before
 * a route runs (401, 403, 413, 415, 429 from the security filters); routes use {@link ProblemResponder}.
 */
@Component
public class HttpProblems {

  private final ObjectMapper json;

  HttpProblems(ObjectMapper json) {
    this.json = json;
  }

  public void write(HttpServletRequest request, HttpServletResponse response, ProblemException problem)
      throws IOException {
    ObjectNode body = json.createObjectNode();
    body.put("type", "/problems/" + problem.slug());
    body.put("title", problem.title());
    body.put("status", problem.status());
    body.put("detail", problem.getMessage());
    body.put("instance", request.getRequestURI());
    response.setStatus(problem.status());
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), body);
  }
}
