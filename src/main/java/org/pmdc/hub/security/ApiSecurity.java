package org.pmdc.hub.security;

import org.pmdc.hub.api.HttpProblems;
import org.pmdc.hub.api.ProblemException;
import org.pmdc.hub.api.SecurityHeaders;
import org.pmdc.hub.database.SqlFiles;
import org.pmdc.hub.intake.IntakeSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Every call to the hub (other than the token endpoint) needs a bearer token, except the published
 * contract (schemas, OpenAPI) and the health probe. Each operation's scope is declared in its route
 * file ({@link OperationScopes}); every authenticated call is audited ({@link AccessAudit}) and
 * rate-limited per client ({@link ClientRateLimit}); a body is checked for type ({@link DeclaredBodies})
 * and read within its size and time limits ({@link BodyReading}). No sessions, no cookies, so no CSRF token.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurity {

  @Bean
  @Order(2)
  SecurityFilterChain apiChain(HttpSecurity http, ApiClients clients, SecuritySettings settings,
      RestOperations operations, HttpProblems problems, SqlFiles sql, BodySlots bodySlots,
      IntakeSettings intake) throws Exception {
    BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
    http.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .oauth2ResourceServer(server -> server
            .jwt(jwt -> jwt.jwtAuthenticationConverter(new CallerTokens(clients, settings.clientIdClaim())))
            .authenticationEntryPoint((request, response, failure) -> {
              challenge.commence(request, response, failure); // sets WWW-Authenticate as RFC 6750 asks
              problems.write(request, response, new ProblemException(401, "unauthenticated", "Unauthenticated",
                  "A valid bearer token is required (" + failure.getMessage() + "). Obtain one at /oauth2/token."));
            })
            .accessDeniedHandler((request, response, denied) -> problems.write(request, response,
                operations.find(request).isPresent()
                    ? new ProblemException(403, "forbidden", "Forbidden",
                        "The token does not grant a scope this operation needs (see the OpenAPI document).")
                    : ProblemException.notFound("No operation of the hub is " + request.getMethod() + " "
                        + request.getRequestURI() + " (see the OpenAPI document at /api/v1/openapi.json)."))))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/api/v1/schemas", "/api/v1/schemas/**", "/api/v1/openapi.json",
                "/actuator/health", "/actuator/health/**", "/actuator/info", "/error").permitAll()
            .requestMatchers("/actuator/**").hasAuthority("SCOPE_" + Role.Scopes.ADMIN_READ)
            .anyRequest().access(new OperationScopes(operations)))
        .headers(headers -> headers
            .contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
        .addFilterAfter(AccessAudit.ofApiCalls(new AccessEvents(sql), operations), BearerTokenAuthenticationFilter.class)
        .addFilterAfter(new ClientRateLimit(settings, problems), AccessAudit.class)
        // Bodies are looked at once the caller may make the call, never before.
        .addFilterAfter(new DeclaredBodies(operations, problems), AuthorizationFilter.class)
        .addFilterAfter(new BodyReading(operations, bodySlots, problems, settings, intake.maxSubmissionSize().toBytes()),
            DeclaredBodies.class);
    return http.build();
  }

  /**
   * A path the firewall rejects before any filter runs (a double slash, a matrix parameter, an
   * encoded dot segment) is answered 400 as a problem document, with the headers the chain would add.
   */
  @Bean
  RequestRejectedHandler rejectedPaths(HttpProblems problems) {
    return (request, response, rejected) -> {
      SecurityHeaders.writeTo(response);
      problems.write(request, response, ProblemException.badRequest(rejected.getMessage()
          + ". Call the operation's path as the OpenAPI document writes it."));
    };
  }
}
