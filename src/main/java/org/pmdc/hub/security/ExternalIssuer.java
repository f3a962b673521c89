package org.pmdc.hub.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * Tokens from an external OpenID provider (Auth0, Okta, Entra ID) instead of the embedded
 * authorization server: its keys come from its discovery document ({@code PMDC_OAUTH_ISSUER_URI})
 * or its key set ({@code PMDC_OAUTH_JWK_SET_URI}, with {@code PMDC_OAUTH_ISSUER} naming its
 * {@code iss}). Fetched on first use, so the hub starts while the provider is unreachable. Its
 * clients are registered with the hub ({@code POST /api/v1/clients}) to give them a role.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${pmdc.security.external-issuer-uri:}'.isBlank() or !'${pmdc.security.external-jwk-set-uri:}'.isBlank()")
class ExternalIssuer {

  @Bean
  JwtDecoder jwtDecoder(SecuritySettings settings) {
    return new SupplierJwtDecoder(() -> {
      boolean keySetOnly = settings.externalIssuerUri() == null || settings.externalIssuerUri().isBlank();
      NimbusJwtDecoder decoder = keySetOnly
          ? NimbusJwtDecoder.withJwkSetUri(settings.externalJwkSetUri()).build()
          : NimbusJwtDecoder.withIssuerLocation(settings.externalIssuerUri()).build();
      return TokenChecks.applyTo(decoder, keySetOnly ? settings.issuer() : settings.externalIssuerUri(), settings);
    });
  }
}
