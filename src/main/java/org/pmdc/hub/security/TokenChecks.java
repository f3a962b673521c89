package org.pmdc.hub.security;

import java.util.List;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * What every access token must pass besides its signature: not expired and already valid (60 s
 * clock skew), from the configured issuer, for this hub's audience.
 */
final class TokenChecks {

  private TokenChecks() {}

  static NimbusJwtDecoder applyTo(NimbusJwtDecoder decoder, String issuer, SecuritySettings settings) {
    decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
        JwtValidators.createDefaultWithIssuer(issuer),
        new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(settings.audience()))));
    return decoder;
  }
}
