package org.pmdc.hub.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.camel.CamelContext;
import org.apache.camel.model.Model;
import org.apache.camel.model.rest.RestDefinition;
import org.apache.camel.model.rest.SecurityDefinition;
import org.apache.camel.model.rest.VerbDefinition;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The REST operations the route files declare ({@code routes/*-api.camel.yaml}), with the scopes
 * each one's {@code security} entry names. The same declarations produce the OpenAPI document,
 * decide who may call an operation and name it in the audit trail, so they cannot drift apart.
 * Re-read whenever the routes are reloaded.
 */
@Component
public class RestOperations {

  /**
   * One operation: its id, method, path pattern, the scopes that allow it, the bodies it takes and
   * the endpoint of the route that serves it.
   */
  public record Operation(String id, String method, PathPattern path, Set<String> scopes, List<String> consumes,
      String endpoint) {

    boolean matches(String requestMethod, PathContainer requestPath) {
      return method.equalsIgnoreCase(requestMethod) && path.matches(requestPath);
    }

    /** Whether the caller's scopes include one this operation declares (none declared: nobody). */
    public boolean allows(Caller caller) {
      return scopes.stream().anyMatch(caller::has);
    }
  }

  private record Index(List<RestDefinition> source, List<Operation> operations) {}

  private static final String MATCHED = RestOperations.class.getName() + ".matched";

  private final CamelContext camel;
  private volatile Index index = new Index(List.of(), List.of());

  RestOperations(CamelContext camel) {
    this.camel = camel;
  }

  /**
   * The operation a request calls. Authorization, the body check and the audit each ask; the match
   * is made once and kept on the request.
   */
  @SuppressWarnings("unchecked")
  public Optional<Operation> find(HttpServletRequest request) {
    Object known = request.getAttribute(MATCHED);
    if (known instanceof Optional<?> matched) {
      return (Optional<Operation>) matched;
    }
    PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
    Optional<Operation> matched = operations().stream().filter(op -> op.matches(request.getMethod(), path)).findFirst();
    request.setAttribute(MATCHED, matched);
    return matched;
  }

  /** The operation with this id in the route files. */
  public Optional<Operation> byId(String id) {
    return operations().stream().filter(op -> op.id().equals(id)).findFirst();
  }

  /** Every operation, the most specific path first. */
  public List<Operation> operations() {
    List<RestDefinition> current = List.copyOf(camel.getCamelContextExtension().getContextPlugin(Model.class).getRestDefinitions());
    Index known = index;
    if (!sameDefinitions(known.source(), current)) {
      known = new Index(current, build(current));
      index = known;
    }
    return known.operations();
  }

  private static boolean sameDefinitions(List<RestDefinition> a, List<RestDefinition> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i) != b.get(i)) {
        return false;
      }
    }
    return true;
  }

  private static List<Operation> build(List<RestDefinition> rests) {
    PathPatternParser parser = new PathPatternParser();
    List<Operation> operations = new ArrayList<>();
    for (RestDefinition rest : rests) {
      for (VerbDefinition verb : rest.getVerbs()) {
        String path = join(rest.getPath(), verb.getPath());
        Set<String> scopes = new LinkedHashSet<>();
        scopesOf(rest.getSecurityRequirements(), scopes);
        scopesOf(verb.getSecurity(), scopes);
        String consumes = verb.getConsumes() != null ? verb.getConsumes() : rest.getConsumes();
        operations.add(new Operation(verb.getId(), verb.asVerb().toUpperCase(Locale.ROOT), parser.parse(path),
            Set.copyOf(scopes), consumes == null ? List.of() : Arrays.stream(consumes.split(",")).map(String::trim).toList(),
            verb.getTo() == null ? null : verb.getTo().getUri()));
      }
    }
    operations.sort(Comparator.comparing(Operation::path, PathPattern.SPECIFICITY_COMPARATOR));
    return List.copyOf(operations);
  }

  private static void scopesOf(List<SecurityDefinition> security, Set<String> scopes) {
    if (security != null) {
      for (SecurityDefinition requirement : security) {
        if (requirement.getScopes() != null) {
          Arrays.stream(requirement.getScopes().split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(scopes::add);
        }
      }
    }
  }

  private static String join(String base, String path) {
    String joined = (base == null ? "" : base) + (path == null ? "" : (path.startsWith("/") ? path : "/" + path));
    return joined.replaceAll("/+", "/");
  }
}
