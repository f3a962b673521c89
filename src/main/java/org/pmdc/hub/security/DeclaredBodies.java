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
 * An operation that declares the bodies it takes ({@code consumes} in its route file, the admin
 * API's JSON) refuses any other content type with 415 and a body above {@code maxJsonBody} with
 * 413, before a route reads it. Submissions and previews declare none: the mappings decide their
 * types, and their size limit is {@code PMDC_MAX_SUBMISSION_SIZE}.
 */
class DeclaredBodies extends OncePerRequestFilter {

  private final RestOperations operations;
  private final HttpProblems problems;
  private final long maxBytes;

  DeclaredBodies(RestOperations operations, HttpProblems problems, long maxBytes) {
    this.operations = operations;
    this.problems = problems;
    this.maxBytes = maxBytes;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<RestOperations.Operation> operation = operations.find(request);
    if (operation.isPresent() && !operation.get().consumes().isEmpty() && hasBody(request)) {
      if (!accepts(operation.get(), request.getContentType())) {
        problems.write(request, response, new ProblemException(415, "unsupported-media-type", "Unsupported media type",
            "This operation takes " + String.join(" or ", operation.get().consumes()) + ", not " + request.getContentType() + "."));
        return;
      }
      if (request.getContentLengthLong() > maxBytes) {
        problems.write(request, response, new ProblemException(413, "too-large", "Request too large",
            "This operation takes bodies up to " + maxBytes + " bytes; this one has " + request.getContentLengthLong() + "."));
        return;
      }
    }
    chain.doFilter(request, response);
  }

  private static boolean hasBody(HttpServletRequest request) {
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
