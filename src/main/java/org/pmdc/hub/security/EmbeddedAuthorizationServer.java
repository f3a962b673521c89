package org.pmdc.hub.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.pmdc.hub.api.HttpProblems;
import org.pmdc.hub.database.SqlFiles;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationServerMetadataClaimNames;
import org.springframework.security.oauth2.server.authorization.authentication.ClientSecretAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.preauth.AbstractPreAuthenticatedProcessingFilter;

/**
 * The authorization server inside the hub (the default): {@code POST /oauth2/token} with the
 * client credentials grant, {@code /oauth2/jwks}, and the discovery document at
 * {@code /.well-known/oauth-authorization-server}. Nothing else: no authorization endpoint (no
 * redirects until the console needs them), no revocation or introspection of single tokens (the
 * hub keeps no token store; revoking a client or rotating its secret without grace ends its
 * tokens). Off when an external issuer is configured.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${pmdc.security.external-issuer-uri:}'.isBlank() and '${pmdc.security.external-jwk-set-uri:}'.isBlank()")
class EmbeddedAuthorizationServer {

  /**
   * Endpoints the discovery document would advertise that the hub does not serve. It keeps
   * {@code authorization_endpoint} and {@code response_types_supported}: the library requires them.
   */
  private static final List<String> NOT_OFFERED = List.of(
      OAuth2AuthorizationServerMetadataClaimNames.REVOCATION_ENDPOINT,
      OAuth2AuthorizationServerMetadataClaimNames.REVOCATION_ENDPOINT_AUTH_METHODS_SUPPORTED,
      OAuth2AuthorizationServerMetadataClaimNames.INTROSPECTION_ENDPOINT,
      OAuth2AuthorizationServerMetadataClaimNames.INTROSPECTION_ENDPOINT_AUTH_METHODS_SUPPORTED,
      OAuth2AuthorizationServerMetadataClaimNames.DEVICE_AUTHORIZATION_ENDPOINT,
      OAuth2AuthorizationServerMetadataClaimNames.PUSHED_AUTHORIZATION_REQUEST_ENDPOINT,
      OAuth2AuthorizationServerMetadataClaimNames.CODE_CHALLENGE_METHODS_SUPPORTED);

  @Bean
  JWKSource<SecurityContext> signingKeys(SqlFiles sql, SecretBox secrets) {
    return new SigningKeys(sql, secrets);
  }

  @Bean
  RegisteredClientRepository registeredClients(ApiClients clients, SecuritySettings settings) {
    return new HubRegisteredClients(clients, settings);
  }

  @Bean
  AuthorizationServerSettings authorizationServerSettings(SecuritySettings settings) {
    return AuthorizationServerSettings.builder().issuer(settings.issuer()).build();
  }

  @Bean
  JwtDecoder jwtDecoder(JWKSource<SecurityContext> signingKeys, SecuritySettings settings) {
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    // RS256 only: an unsigned (alg=none) or differently signed token is refused before any claim is read.
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, signingKeys));
    return TokenChecks.applyTo(new NimbusJwtDecoder(processor), settings.issuer(), settings);
  }

  /**
   * Tokens name the hub as audience, the client's role and its token generation; a request without {@code scope} gets
   * every scope of the client's role (RFC 6749 3.3 lets the server choose the default).
   */
  @Bean
  OAuth2TokenCustomizer<JwtEncodingContext> hubClaims(SecuritySettings settings) {
    return context -> {
      context.getClaims().audience(List.of(settings.audience()));
      if (context.getAuthorizedScopes().isEmpty()) {
        context.getClaims().claim("scope", context.getRegisteredClient().getScopes());
      }
      ClientSettings client = context.getRegisteredClient().getClientSettings();
      context.getClaims().claim("pmdc_role", client.<String>getSetting(HubRegisteredClients.ROLE_SETTING));
      context.getClaims().claim(CallerTokens.GENERATION_CLAIM,
          client.<Integer>getSetting(HubRegisteredClients.TOKEN_GENERATION_SETTING));
    };
  }

  @Bean
  @Order(1)
  SecurityFilterChain authorizationServerChain(HttpSecurity http, RegisteredClientRepository registeredClients,
      ApiClients clients, SqlFiles sql, AuthorizationServerSettings endpoints, SecuritySettings settings,
      HttpProblems problems, MeterRegistry registry) throws Exception {
    OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
    ClientSecretCheck secretCheck = new ClientSecretCheck(registeredClients, clients);
    // The server's other endpoints fall to the API chain, which knows no operation there: 401 or 404.
    http.securityMatcher(endpoints.getTokenEndpoint(), endpoints.getJwkSetEndpoint(),
            "/.well-known/oauth-authorization-server")
        .with(server, configurer -> configurer
            .authorizationServerMetadataEndpoint(metadata -> metadata.authorizationServerMetadataCustomizer(document ->
                document.grantTypes(grants -> grants.retainAll(List.of(AuthorizationGrantType.CLIENT_CREDENTIALS.getValue())))
                    .claims(claims -> NOT_OFFERED.forEach(claims::remove))))
            .authorizationService(new UnstoredAuthorizations())
            .clientAuthentication(authentication -> authentication.authenticationProviders(providers -> {
              providers.removeIf(ClientSecretAuthenticationProvider.class::isInstance);
              providers.add(0, secretCheck);
            })))
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .csrf(csrf -> csrf.disable())
        // Before the client authentication the server adds after the pre-authentication filter; a
        // throttled request is not audited.
        .addFilterBefore(new TokenRequestThrottle(settings, problems, registry), AbstractPreAuthenticatedProcessingFilter.class)
        .addFilterAfter(new TokenRequestAudit(new AccessEvents(sql), clients), TokenRequestThrottle.class);
    return http.build();
  }
}
