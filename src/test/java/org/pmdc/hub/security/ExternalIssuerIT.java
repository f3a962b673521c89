package org.pmdc.hub.security;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** An external provider found through its discovery document ({@code PMDC_OAUTH_ISSUER_URI}). */
class ExternalIssuerIT extends ExternalProviderTests {

  @DynamicPropertySource
  static void provider(DynamicPropertyRegistry registry) {
    registry.add("pmdc.security.external-issuer-uri", PROVIDER::baseUrl);
    deployment(registry);
  }

  @Override
  String issuer() {
    // A discovery document's issuer is the URL it is served under.
    return PROVIDER.baseUrl();
  }
}
