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
 * @param bodyGrace how long any request body may take before {@code bodyMinRate} applies
 * @param bodyMinRate the bytes a second a body must average after {@code bodyGrace} (408 below):
 *     a body may take {@code bodyGrace} plus one second per {@code bodyMinRate} bytes received
 * @param maxConcurrentBodies request bodies this hub instance reads at once (503 above)
 * @param maxConcurrentBodiesPerClient request bodies one client may send at once (429 above)
 * @param tokenFailuresPerAddress failed client authentications at the token endpoint one source
 *     address may make at once before its token requests answer 429
 * @param tokenFailuresPerClient the same for one client id (not from an address where the client got
 *     a token in the last 24 hours)
 * @param tokenFailureWindow over how long a spent failure budget is given back, evenly
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
    @DefaultValue("1MB") @NotNull DataSize maxJsonBody,
    @DefaultValue("10s") @NotNull Duration bodyGrace,
    @DefaultValue("1KB") @NotNull DataSize bodyMinRate,
    @DefaultValue("32") @Min(1) int maxConcurrentBodies,
    @DefaultValue("4") @Min(1) int maxConcurrentBodiesPerClient,
    @DefaultValue("10") @Min(1) int tokenFailuresPerAddress,
    @DefaultValue("10") @Min(1) int tokenFailuresPerClient,
    @DefaultValue("1m") @NotNull Duration tokenFailureWindow) {

  /** Whether tokens come from an external provider rather than the hub's own authorization server. */
  public boolean externalIssuer() {
    return notBlank(externalIssuerUri) || notBlank(externalJwkSetUri);
  }

  private static boolean notBlank(String value) {
    return value != null && !value.isBlank();
  }
}
