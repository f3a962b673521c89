package org.pmdc.hub.api;

import com.fasterxml.jackson.databind.ObjectMapper;
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
    response.setStatus(problem.status());
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), problem.document(json, request.getRequestURI()));
  }
}
