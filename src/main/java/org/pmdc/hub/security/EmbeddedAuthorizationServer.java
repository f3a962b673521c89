package org.pmdc.hub.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.util.List;
import org.apache.camel.ProducerTemplate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.authentication.ClientSecretAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.authentication.preauth.AbstractPreAuthenticatedProcessingFilter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The authorization server inside the hub (the default): {@code POST /oauth2/token} with the
 * client credentials grant, {@code /oauth2/jwks}, and the discovery document at
 * {@code /.well-known/oauth-authorization-server}. Off when an external issuer is configured.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${pmdc.security.external-issuer-uri:}'.isBlank() and '${pmdc.security.external-jwk-set-uri:}'.isBlank()")
class EmbeddedAuthorizationServer {

  @Bean
  JWKSource<SecurityContext> signingKeys(ProducerTemplate camel, SecretBox secrets) {
    return new SigningKeys(camel, secrets);
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
   * Tokens name the hub as audience and the client's role; a request without {@code scope} gets
   * every scope of the client's role (RFC 6749 3.3 lets the server choose the default).
   */
  @Bean
  OAuth2TokenCustomizer<JwtEncodingContext> hubClaims(SecuritySettings settings) {
    return context -> {
      context.getClaims().audience(List.of(settings.audience()));
      if (context.getAuthorizedScopes().isEmpty()) {
        context.getClaims().claim("scope", context.getRegisteredClient().getScopes());
      }
      context.getClaims().claim("pmdc_role",
          context.getRegisteredClient().getClientSettings().<String>getSetting(HubRegisteredClients.ROLE_SETTING));
    };
  }

  @Bean
  @Order(1)
  SecurityFilterChain authorizationServerChain(HttpSecurity http, RegisteredClientRepository registeredClients,
      ApiClients clients, ProducerTemplate camel) throws Exception {
    OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
    ClientSecretCheck secretCheck = new ClientSecretCheck(registeredClients, clients);
    http.securityMatcher(server.getEndpointsMatcher())
        .with(server, configurer -> configurer
            .authorizationService(new UnstoredAuthorizations())
            .clientAuthentication(authentication -> authentication.authenticationProviders(providers -> {
              providers.removeIf(ClientSecretAuthenticationProvider.class::isInstance);
              providers.add(0, secretCheck);
            })))
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .csrf(csrf -> csrf.disable())
        // Before the client authentication the server adds after the pre-authentication filter.
        .addFilterBefore(new TokenRequestAudit(new AccessEvents(camel), clients), AbstractPreAuthenticatedProcessingFilter.class);
    return http.build();
  }
}
