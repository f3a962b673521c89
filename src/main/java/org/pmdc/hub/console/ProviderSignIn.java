package org.pmdc.hub.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.pmdc.hub.security.AccessEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Sign-in through the organisation's OpenID provider ({@link ProviderSignInSettings}), beside the
 * local passwords. The person is recorded as a console user with the role and participant of its
 * ID token's claims ({@link ProviderClaims}) at each sign-in, then holds a session as any console user
 * does: the same pages, rules and audit. The provider's endpoints are discovered on the first
 * sign-in, so the hub starts while the provider is unreachable.
 */
@Component
@ConditionalOnExpression("!'${pmdc.console.oidc.client-id:}'.isBlank()")
class ProviderSignIn {

  private static final String REGISTRATION = "oidc";
  /** Where the sign-in page's button leads: on to the provider. */
  static final String START = "/console/sign-in/provider/" + REGISTRATION;
  private static final String CALLBACK = "/console/sign-in/callback";
  private static final Logger LOG = LoggerFactory.getLogger(ProviderSignIn.class);

  private final ProviderSignInSettings settings;
  private final ConsoleUsers users;
  private final SingletonSupplier<ClientRegistration> registration;

  ProviderSignIn(ProviderSignInSettings settings, ConsoleUsers users) {
    if (settings.issuerUri() == null || settings.issuerUri().isBlank()) {
      throw new IllegalStateException("The console's provider sign-in has a client id but no issuer:"
          + " set PMDC_CONSOLE_OIDC_ISSUER_URI (or PMDC_OAUTH_ISSUER_URI)");
    }
    this.settings = settings;
    this.users = users;
    // Retried at the next sign-in while discovery fails.
    this.registration = SingletonSupplier.of(() -> ClientRegistrations.fromIssuerLocation(settings.issuerUri())
        .registrationId(REGISTRATION).clientId(settings.clientId()).clientSecret(settings.clientSecret())
        .redirectUri("{baseUrl}" + CALLBACK).scope("openid", "profile", "email").build());
  }

  /** What the sign-in page's button says. */
  String name() {
    return settings.name();
  }

  /**
   * Checks the provider's answer: exchanges the code for the ID token and verifies it (signature,
   * issuer, audience, nonce). The console's authentication manager holds it beside the passwords'.
   */
  AuthenticationProvider codeExchange() {
    return new OidcAuthorizationCodeAuthenticationProvider(new RestClientAuthorizationCodeTokenResponseClient(),
        new OidcUserService());
  }

  void applyTo(HttpSecurity http, AccessEvents events) throws Exception {
    ClientRegistrationRepository registrations = id -> REGISTRATION.equals(id) ? registration.obtain() : null;
    Outcomes outcomes = new Outcomes(events);
    http.oauth2Login(login -> login.loginPage(SignInOutcomes.SIGN_IN_PAGE)
        .clientRegistrationRepository(registrations)
        .authorizationEndpoint(start -> start.baseUri("/console/sign-in/provider"))
        .loginProcessingUrl(CALLBACK)
        .successHandler(outcomes).failureHandler(outcomes));
  }

  /** The provider's answer: a console user in the session, or the sign-in page with the refusal. */
  private final class Outcomes implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    private final AccessEvents events;

    Outcomes(AccessEvents events) {
      this.events = events;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
        Authentication authentication) throws IOException {
      OidcUser person = (OidcUser) authentication.getPrincipal();
      ProviderClaims.ProviderUser claimed;
      try {
        claimed = settings.claims().read(person.getClaims());
      } catch (ProviderClaims.Unusable unusable) {
        LOG.warn("Provider sign-in of subject {} refused: {}", person.getSubject(), unusable.getMessage());
        refuse(request, response, "provider-claims");
        return;
      }
      Optional<SignedInUser> user = users.recordProviderUser(claimed);
      String actor = "user:" + claimed.username();
      if (user.isEmpty() || !user.get().isEnabled()) {
        LOG.warn("Provider sign-in of {} refused: {}", claimed.username(), user.isEmpty()
            ? "a local user has this username, or " + claimed.role().code() + " " + claimed.participant() + " is unknown"
            : "the user is disabled");
        SignInOutcomes.audit(events, request, response, actor, null, "console.sign-in", 401);
        refuse(request, response, user.isEmpty() ? "provider-unmatched" : "disabled");
        return;
      }
      SessionUser.replace(user.get(), request, response);
      SignInOutcomes.audit(events, request, response, actor, user.get(), "console.sign-in", 200);
      users.recordSignIn(claimed.username());
      response.sendRedirect("/console");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
        AuthenticationException failure) throws IOException {
      LOG.warn("Provider sign-in failed: {}", failure.getMessage());
      refuse(request, response, "provider-failed");
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String refusal) throws IOException {
      SecurityContextHolder.clearContext();
      Optional.ofNullable(request.getSession(false)).ifPresent(HttpSession::invalidate);
      response.sendRedirect(SignInOutcomes.SIGN_IN_PAGE + "?refused=" + refusal);
    }
  }
}
