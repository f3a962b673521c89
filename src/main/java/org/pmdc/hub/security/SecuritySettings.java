package org.pmdc.hub.security;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Who may call the hub and how much.
 *
 * @param issuer the {@code iss} of the tokens the embedded authorization server signs (and the only
 *     one it accepts); set it to the hub's public URL
 * @param audience the {@code aud} every accepted token must carry
 * @param tokenTtl how long an access token is valid
 * @param externalIssuerUri an external OpenID provider (Auth0, Okta, Entra ID): its discovery
 *     document gives the keys, and the embedded authorization server is switched off
 * @param externalJwkSetUri the external provider's key set, when it has no discovery document
 *     ({@code issuer} then names its {@code iss})
 * @param clientIdClaim the claim naming the calling client (Entra ID puts it in {@code azp})
 * @param adminClientId the client the first administrator uses
 * @param adminClientSecret its secret; unset, one is generated at first start into {@code adminSecretFile}
 * @param adminSecretFile where a generated administrator secret is written (readable by the owner only)
 * @param secretsKey the AES-256 key (base64) sealing the secrets the hub stores: webhook signing
 *     secrets, SFTP credentials, the token signing key; unset, one is generated into {@code secretsKeyFile}
 * @param secretsKeyFile where a generated secrets key is kept (readable by the owner only)
 * @param rotationGrace how long a client's previous secret keeps working after a rotation
 * @param requestsPerSecond sustained calls a second allowed to one client (per hub instance)
 * @param burst calls one client may make at once before the sustained rate applies
 * @param maxJsonBody the largest body of an operation that takes JSON (the admin API); 413 above
 */
@Validated
@ConfigurationProperties("pmdc.security")
public record SecuritySettings(
    @DefaultValue("http://localhost:8080") @NotBlank String issuer,
    @DefaultValue("pmdc-hub") @NotBlank String audience,
    @DefaultValue("15m") @NotNull Duration tokenTtl,
    String externalIssuerUri,
    String externalJwkSetUri,
    @DefaultValue("sub") @NotBlank String clientIdClaim,
    @DefaultValue("pmdc-admin") @NotBlank String adminClientId,
    String adminClientSecret,
    @DefaultValue("data/admin-client-secret") @NotNull Path adminSecretFile,
    String secretsKey,
    @DefaultValue("data/secrets.key") @NotNull Path secretsKeyFile,
    @DefaultValue("24h") @NotNull Duration rotationGrace,
    @DefaultValue("100") @Min(1) int requestsPerSecond,
    @DefaultValue("200") @Min(1) int burst,
    @DefaultValue("1MB") @NotNull DataSize maxJsonBody) {

  /** Whether tokens come from an external provider rather than the hub's own authorization server. */
  public boolean externalIssuer() {
    return notBlank(externalIssuerUri) || notBlank(externalJwkSetUri);
  }

  private static boolean notBlank(String value) {
    return value != null && !value.isBlank();
  }
}
