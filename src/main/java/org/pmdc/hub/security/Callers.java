package org.pmdc.hub.security;

import java.util.HashMap;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.component.platform.http.springboot.PlatformHttpMessage;
import org.pmdc.hub.api.ProblemException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The caller of a REST route, for the routes: who the token says it is. Routes run on another
 * thread than the servlet filters, so the caller is read from the request (where the bearer token
 * filter keeps its security context), never from a header or the body. A call made inside the hub
 * (the console's, for a signed-in person) carries its caller in the {@link #IN_PROCESS} property,
 * which no HTTP request can set.
 */
@Component("callers")
public class Callers {

  public static final String IN_PROCESS = "pmdcInProcessCaller";

  /**
   * Keeps the request's caller with the exchange, as an in-process call carries it: for a route
   * whose statements replace the HTTP message before a route it calls asks who the caller is.
   */
  public void keep(Exchange exchange) {
    exchange.setProperty(IN_PROCESS, of(exchange));
  }

  public Caller of(Exchange exchange) {
    Caller inProcess = exchange.getProperty(IN_PROCESS, Caller.class);
    if (inProcess != null) {
      return inProcess;
    }
    PlatformHttpMessage http = exchange.getMessage(PlatformHttpMessage.class);
    Object context = http == null ? null
        : http.getRequest().getAttribute(RequestAttributeSecurityContextRepository.DEFAULT_REQUEST_ATTR_NAME);
    if (context instanceof SecurityContext security && security.getAuthentication() instanceof CallerAuthentication caller) {
      return caller.getPrincipal();
    }
    throw new ProblemException(401, "unauthenticated", "Unauthenticated", "A valid bearer token is required.");
  }

  /** The publisher the caller acts for (the submissions API). */
  public String publisher(Exchange exchange) {
    return participant(exchange, Role.PUBLISHER);
  }

  /** The publisher a publisher client acts for; null for staff, who act for none. */
  public String publisherIfAny(Exchange exchange) {
    Caller caller = of(exchange);
    return caller.role() == Role.PUBLISHER ? caller.participant() : null;
  }

  /**
   * Who is asking, as the entitlement functions in SQL take it: {@code viewerPublisher} for a
   * publisher, {@code viewerSubscriber} for a subscriber, neither for staff (who see everything).
   */
  public Map<String, Object> viewer(Exchange exchange) {
    Caller caller = of(exchange);
    Map<String, Object> row = new HashMap<>();
    row.put("viewerPublisher", caller.role() == Role.PUBLISHER ? caller.participant() : null);
    row.put("viewerSubscriber", caller.role() == Role.SUBSCRIBER ? caller.participant() : null);
    return row;
  }

  /** The subscriber the caller acts for (the LP pull API). */
  public String subscriber(Exchange exchange) {
    return participant(exchange, Role.SUBSCRIBER);
  }

  /** The client id, as the actor of audit events. */
  public String actor(Exchange exchange) {
    return of(exchange).clientId();
  }

  private String participant(Exchange exchange, Role role) {
    Caller caller = of(exchange);
    if (caller.role() != role) {
      throw new ProblemException(403, "forbidden", "Forbidden", "Only a " + role.code() + " client may call this.");
    }
    return caller.participant();
  }
}
