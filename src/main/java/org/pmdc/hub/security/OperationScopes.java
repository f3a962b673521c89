package org.pmdc.hub.security;

import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Lets a call through when its token grants one of the scopes its operation declares in the route
 * file. Fails closed: an operation that declares none is closed to everyone (a forgotten declaration
 * must not open an endpoint), and so is a path and method no operation declares, whatever serves it
 * (a trailing slash, another case, a route that is not a REST operation); such a call is answered 404
 * by {@link ApiSecurity} without reaching the routes.
 */
class OperationScopes implements AuthorizationManager<RequestAuthorizationContext> {

  private static final Logger log = LoggerFactory.getLogger(OperationScopes.class);

  private final RestOperations operations;

  OperationScopes(RestOperations operations) {
    this.operations = operations;
  }

  @Override
  public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
    if (!(authentication.get().getPrincipal() instanceof Caller caller)) {
      return new AuthorizationDecision(false);
    }
    Optional<RestOperations.Operation> operation = operations.find(context.getRequest());
    if (operation.isEmpty()) {
      return new AuthorizationDecision(false);
    }
    if (operation.get().scopes().isEmpty()) {
      log.warn("Operation {} declares no scope in its route file: refused to everyone", operation.get().id());
      return new AuthorizationDecision(false);
    }
    return new AuthorizationDecision(operation.get().allows(caller));
  }
}
