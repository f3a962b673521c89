package org.pmdc.hub.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.pmdc.hub.api.HttpProblems;
import org.pmdc.hub.api.ProblemException;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bodies are taken as sent: one with a {@code Content-Encoding} (gzip, deflate…) is refused with
 * 415, so no size limit is ever applied to bytes that inflate past it. An operation that declares
 * the bodies it takes ({@code consumes} in its route file, the admin API's JSON) refuses any other
 * content type with 415. Submissions and previews declare none: the mappings decide their types.
 */
class DeclaredBodies extends OncePerRequestFilter {

  private final RestOperations operations;
  private final HttpProblems problems;

  DeclaredBodies(RestOperations operations, HttpProblems problems) {
    this.operations = operations;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (hasBody(request)) {
      String encoding = request.getHeader("Content-Encoding");
      if (encoding != null && !encoding.isBlank() && !"identity".equalsIgnoreCase(encoding.trim())) {
        problems.write(request, response, new ProblemException(415, "unsupported-media-type", "Unsupported media type",
            "Bodies are taken as sent, without a Content-Encoding (this one has '" + encoding
                + "'); send the body uncompressed."));
        return;
      }
      Optional<RestOperations.Operation> operation = operations.find(request);
      if (operation.isPresent() && !operation.get().consumes().isEmpty() && !accepts(operation.get(), request.getContentType())) {
        problems.write(request, response, new ProblemException(415, "unsupported-media-type", "Unsupported media type",
            "This operation takes " + String.join(" or ", operation.get().consumes()) + ", not " + request.getContentType() + "."));
        return;
      }
    }
    chain.doFilter(request, response);
  }

  static boolean hasBody(HttpServletRequest request) {
    return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
  }

  private static boolean accepts(RestOperations.Operation operation, String contentType) {
    try {
      MediaType given = MediaType.parseMediaType(contentType == null ? "" : contentType);
      return operation.consumes().stream().map(MediaType::parseMediaType).anyMatch(declared -> declared.includes(given));
    } catch (InvalidMediaTypeException e) {
      return false;
    }
  }
}
