package org.pmdc.hub.api;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;

/**
 * The response headers every answer of the hub carries. Spring Security adds them to what passes
 * its filter chain; refusals made before or outside it (a path its firewall rejects, a request
 * Tomcat refuses to parse) set them from here, so no answer goes without them.
 */
public final class SecurityHeaders {

  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'";

  private static final Map<String, String> HEADERS = Map.of(
      "Content-Security-Policy", CONTENT_SECURITY_POLICY,
      "Referrer-Policy", "no-referrer",
      "X-Content-Type-Options", "nosniff",
      "X-Frame-Options", "DENY",
      "X-XSS-Protection", "0",
      "Cache-Control", "no-cache, no-store, max-age=0, must-revalidate",
      "Pragma", "no-cache",
      "Expires", "0");

  private SecurityHeaders() {}

  public static void writeTo(HttpServletResponse response) {
    HEADERS.forEach(response::setHeader);
  }
}
