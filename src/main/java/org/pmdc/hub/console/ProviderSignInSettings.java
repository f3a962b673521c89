package org.pmdc.hub.console;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in through the organisation's OpenID provider (Entra ID, Okta, Auth0) instead of local
 * passwords; on when {@code clientId} is set. The console is a confidential client of the provider
 * (authorization code flow), registered there with the redirect URI
 * {@code https://<hub>/console/sign-in/callback}.
 *
 * @param issuerUri the provider's issuer, whose discovery document gives its endpoints and keys
 *     (by default the one trusted for API tokens, {@code PMDC_OAUTH_ISSUER_URI})
 * @param clientId the console's client id at the provider
 * @param clientSecret its secret
 * @param name what the sign-in button calls the provider
 * @param usernameClaim the ID token claim that becomes the console username
 * @param roleClaim the claim that names the hub role (admin, viewer, publisher, subscriber)
 * @param participantClaim the claim that names a publisher or subscriber user's participant code
 */
@ConfigurationProperties("pmdc.console.oidc")
record ProviderSignInSettings(
    String issuerUri,
    String clientId,
    String clientSecret,
    @DefaultValue("your organisation's sign-in") String name,
    @DefaultValue("email") String usernameClaim,
    @DefaultValue("pmdc_role") String roleClaim,
    @DefaultValue("pmdc_participant") String participantClaim) {

  ProviderClaims claims() {
    return new ProviderClaims(usernameClaim, roleClaim, participantClaim);
  }
}
