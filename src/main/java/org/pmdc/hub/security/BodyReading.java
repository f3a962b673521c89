package org.pmdc.hub.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.util.Optional;
import org.apache.tomcat.util.http.fileupload.FileUploadException;
import org.pmdc.hub.api.HttpProblems;
import org.pmdc.hub.api.ProblemException;
import org.pmdc.hub.security.BodySlots.Refusal;
import org.pmdc.hub.security.BodySlots.Refused;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a request's body in full, on the server's own thread, before any route sees it. The routes
 * run on a small pool of workers; a body read there by a slow sender held a worker for as long as
 * the sender liked, and eight of them stalled the whole API. Here a body is read in a slot
 * ({@link BodySlots}: a bounded number overall and per client), within its operation's size limit
 * on the bytes actually read (whatever the framing, chunked included) and within a time that grows
 * with what arrives: {@code bodyGrace} plus one second per {@code bodyMinRate} bytes. A stalled
 * connection is cut by the server's read timeout.
 */
class BodyReading extends OncePerRequestFilter {

  private final RestOperations operations;
  private final BodySlots slots;
  private final HttpProblems problems;
  private final SecuritySettings settings;
  private final long maxSubmissionBytes;

  BodyReading(RestOperations operations, BodySlots slots, HttpProblems problems, SecuritySettings settings,
      long maxSubmissionBytes) {
    this.operations = operations;
    this.slots = slots;
    this.problems = problems;
    this.settings = settings;
    this.maxSubmissionBytes = maxSubmissionBytes;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!DeclaredBodies.hasBody(request)) {
      chain.doFilter(request, response);
      return;
    }
    long limit = limitFor(operations.find(request));
    if (request.getContentLengthLong() > limit) {
      refuse(request, response, slots.refused(Refusal.TOO_LARGE), limit, request.getContentLengthLong());
      return;
    }
    byte[] body;
    try (BodySlots.Slot slot = slots.take(SecurityContextHolder.getContext().getAuthentication().getName())) {
      body = read(request.getInputStream(), limit);
    } catch (Refused refused) {
      refuse(request, response, refused, limit, 0);
      return;
    }
    BufferedRequest read;
    try {
      read = new BufferedRequest(request, body);
    } catch (FileUploadException malformed) {
      problems.write(request, response, ProblemException.badRequest(
          "The multipart/form-data body cannot be read (" + malformed.getMessage() + "); send one file as a form part."));
      return;
    }
    chain.doFilter(read, response);
  }

  /** JSON operations (they declare what they take) have the JSON limit; submissions and previews theirs. */
  private long limitFor(Optional<RestOperations.Operation> operation) {
    return operation.isPresent() && !operation.get().consumes().isEmpty()
        ? settings.maxJsonBody().toBytes() : maxSubmissionBytes;
  }

  private byte[] read(InputStream in, long limit) throws IOException, Refused {
    long started = System.nanoTime();
    long nanosPerByte = 1_000_000_000L / Math.max(1, settings.bodyMinRate().toBytes());
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    try {
      for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
        body.write(buffer, 0, n);
        if (body.size() > limit) {
          throw slots.refused(Refusal.TOO_LARGE);
        }
        long allowed = settings.bodyGrace().toNanos() + body.size() * nanosPerByte;
        if (System.nanoTime() - started > allowed) {
          throw slots.refused(Refusal.TOO_SLOW);
        }
      }
    } catch (SocketTimeoutException e) {
      throw slots.refused(Refusal.TOO_SLOW);
    }
    return body.toByteArray();
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response, Refused refused, long limit, long size)
      throws IOException {
    String client = SecurityContextHolder.getContext().getAuthentication().getName();
    ProblemException problem = switch (refused.reason()) {
      case TOO_LARGE -> new ProblemException(413, "too-large", "Request too large",
          "This operation takes bodies up to " + limit + " bytes; this one has "
              + (size > 0 ? Long.toString(size) : "more") + ".");
      case TOO_SLOW -> new ProblemException(408, "body-too-slow", "Request body too slow",
          "The body did not arrive in time: after the first " + settings.bodyGrace().toSeconds() + " s a body must average "
              + settings.bodyMinRate().toBytes() + " bytes a second. Send it again on a faster connection.");
      case BUSY -> new ProblemException(503, "busy", "Hub busy",
          "The hub is reading " + settings.maxConcurrentBodies() + " request bodies already; retry shortly.");
      case CLIENT_BUSY -> new ProblemException(429, "too-many-bodies", "Too many bodies at once",
          "Client '" + client + "' is sending " + settings.maxConcurrentBodiesPerClient()
              + " request bodies already; send the next when one of them is done.");
    };
    if (refused.reason() == Refusal.BUSY || refused.reason() == Refusal.CLIENT_BUSY) {
      response.setHeader("Retry-After", "1");
    }
    // What the sender has not sent yet is not waited for: the connection ends with the answer.
    response.setHeader("Connection", "close");
    problems.write(request, response, problem);
  }
}
