package org.pmdc.hub.security;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An external provider known by its key set ({@code PMDC_OAUTH_JWK_SET_URI}), its tokens' {@code iss}
 * given by {@code PMDC_OAUTH_ISSUER}.
 */
class ExternalKeySetIT extends ExternalProviderTests {

  private static final String ISSUER = "https://idp.example.test/";

  @DynamicPropertySource
  static void provider(DynamicPropertyRegistry registry) {
    registry.add("pmdc.security.external-jwk-set-uri", () -> PROVIDER.baseUrl() + "/keys");
    registry.add("pmdc.security.issuer", () -> ISSUER);
    deployment(registry);
  }

  @Override
  String issuer() {
    return ISSUER;
  }
}
