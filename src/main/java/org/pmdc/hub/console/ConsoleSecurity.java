package org.pmdc.hub.console;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.pmdc.hub.api.SecurityHeaders;
import org.pmdc.hub.database.SqlFiles;
import org.pmdc.hub.security.AccessAudit;
import org.pmdc.hub.security.AccessEvents;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The console's people sign in with a username and password, or through the organisation's OpenID
 * provider ({@link ProviderSignIn}), and keep a session (the API's
 * clients use tokens and never have one). Hence, unlike the API: a session cookie (HttpOnly,
 * SameSite=Strict, Secure on HTTPS, an idle timeout, all set in {@code server.servlet.session}), a
 * CSRF token in every form, a new session id at sign-in. Shared with the API: the security headers
 * and the access audit. Who may do what is written here, by path, in one place.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurity {

  private static final String[] STAFF_PAGES = {"/console/users", "/console/users/**", "/console/participants",
      "/console/participants/**", "/console/subscriptions", "/console/subscriptions/**", "/console/failures",
      "/console/failures/**"};
  /** The access audit and the demonstration switch. */
  private static final String[] ADMIN_PAGES = {"/console/audit", "/console/audit/**", "/console/demo", "/console/demo/**"};
  private static final String[] PUBLISHER_PAGES = {"/console/publish", "/console/publish/**"};
  /** A publisher's own submissions; staff see every publisher's. */
  private static final String[] SUBMISSION_PAGES = {"/console/submissions", "/console/submissions/**"};
  private static final String[] SUBSCRIBER_PAGES = {"/console/records", "/console/records/**"};

  @Bean
  @Order(0)
  SecurityFilterChain consoleChain(HttpSecurity http, ConsoleUsers users, SqlFiles sql,
      ObjectProvider<ProviderSignIn> providerSignIn) throws Exception {
    DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users.lookup());
    passwords.setPasswordEncoder(users.passwords());
    AccessEvents events = new AccessEvents(sql);
    SignInOutcomes outcomes = new SignInOutcomes(users, events);
    ProviderSignIn provider = providerSignIn.getIfAvailable();
    List<AuthenticationProvider> checks = provider == null ? List.of(passwords) : List.of(passwords, provider.codeExchange());
    http.securityMatcher("/console", "/console/**")
        .authenticationManager(new ProviderManager(checks))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/console/vendor/**", "/console/console.css", "/console/charts.js", SignInOutcomes.SIGN_IN_PAGE,
                InvitationPage.PAGE + "/*").permitAll()
            // Staff pages: an administrator changes, a viewer looks. The API's scopes are checked
            // again for each operation a page calls (HubApi).
            // A provider's users keep their password and second factor at the provider.
            .requestMatchers(SignInGate.PASSWORD_PAGE, SecondFactorPage.PAGE, SecondFactorPage.PAGE + "/**")
                .hasAuthority(SignedInUser.PASSWORD_USER.getAuthority())
            .requestMatchers(ADMIN_PAGES).hasRole("ADMIN")
            .requestMatchers(HttpMethod.POST, STAFF_PAGES).hasRole("ADMIN")
            .requestMatchers(STAFF_PAGES).hasAnyRole("ADMIN", "VIEWER")
            .requestMatchers(PUBLISHER_PAGES).hasRole("PUBLISHER")
            .requestMatchers(HttpMethod.GET, SUBMISSION_PAGES).hasAnyRole("PUBLISHER", "ADMIN", "VIEWER")
            .requestMatchers(SUBSCRIBER_PAGES).hasRole("SUBSCRIBER")
            .anyRequest().authenticated())
        .formLogin(form -> form.loginPage(SignInOutcomes.SIGN_IN_PAGE).successHandler(outcomes).failureHandler(outcomes))
        .logout(logout -> logout.logoutUrl("/console/sign-out").logoutSuccessUrl(SignInOutcomes.SIGN_IN_PAGE + "?signedOut"))
        .exceptionHandling(refusals -> refusals.accessDeniedPage("/console/forbidden"))
        .headers(headers -> headers
            .contentSecurityPolicy(csp -> csp.policyDirectives(
                SecurityHeaders.CONTENT_SECURITY_POLICY + "; form-action 'self'"))
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
        // Outside the refusals, so a refused request is audited with its 403.
        .addFilterBefore(new AccessAudit(events, ConsoleSecurity::audited), ExceptionTranslationFilter.class)
        .addFilterAfter(new SignInGate(), AuthorizationFilter.class);
    if (provider != null) {
      provider.applyTo(http, events);
    }
    return http.build();
  }

  /**
   * Every page a signed-in user opens ({@code console.view}) and every form it sends
   * ({@code console.change}), as {@code user:<username>}; sign-ins are recorded by {@link SignInOutcomes}.
   */
  private static Optional<AccessAudit.AuditedRequest> audited(HttpServletRequest request, Authentication authentication) {
    return authentication.getPrincipal() instanceof SignedInUser user
        ? Optional.of(new AccessAudit.AuditedRequest(user.caller(),
            "GET".equals(request.getMethod()) ? "console.view" : "console.change"))
        : Optional.empty();
  }
}
