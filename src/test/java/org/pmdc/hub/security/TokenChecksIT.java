package org.pmdc.hub.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.pmdc.hub.support.HubClient;
import org.pmdc.hub.support.HubIntegrationTest;
import org.pmdc.hub.support.World;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The embedded authorization server issues tokens a client can use, and the hub refuses every
 * token it should: expired, not yet valid, from another issuer, for another audience, tampered
 * with, unsigned, or signed with another key. Forged tokens are signed with the hub's own key
 * unless the test is about the key.
 */
class TokenChecksIT extends HubIntegrationTest {

  private static final Base64.Decoder BASE64URL = Base64.getUrlDecoder();
  private static final Base64.Encoder BASE64URL_OUT = Base64.getUrlEncoder().withoutPadding();

  @Autowired private JWKSource<SecurityContext> signingKeys;

  @Test
  void anApprovedPublisherGetsATokenNamingItsClientScopesIssuerAndTheHubAsAudience() {
    World world = newWorld();

    HubClient.Response issued = hub.requestToken(world.publisherClient().clientId(), world.publisherClient().secret(), "");

    assertThat(issued.status()).isEqualTo(200);
    assertThat(issued.body().get("token_type").asText()).isEqualTo("Bearer");
    assertThat(issued.body().get("expires_in").asLong()).isBetween(890L, 900L);
    JsonNode claims = payload(issued.body().get("access_token").asText());
    assertThat(claims.get("iss").asText()).isEqualTo("https://hub.test");
    assertThat(claims.get("sub").asText()).isEqualTo("publisher-" + world.publisher());
    assertThat(claims.get("aud").toString()).contains("pmdc-hub");
    assertThat(claims.get("scope").toString()).contains("submissions:write", "submissions:read").doesNotContain("admin");
    assertThat(claims.get("pmdc_role").asText()).isEqualTo("publisher");
  }

  @Test
  void aWrongSecretOrAnUnknownClientOrAScopeBeyondTheRoleGetsNoToken() {
    World world = newWorld();

    assertThat(hub.requestToken(world.publisherClient().clientId(), "pmdcs_wrong", "").status()).isEqualTo(401);
    assertThat(hub.requestToken("nobody", "pmdcs_wrong", "").status()).isEqualTo(401);
    HubClient.Response beyond = hub.requestToken(world.publisherClient().clientId(), world.publisherClient().secret(), "admin:write");
    assertThat(beyond.status()).isEqualTo(400);
    assertThat(beyond.body().get("error").asText()).isEqualTo("invalid_scope");
  }

  @Test
  void theDiscoveryDocumentAndTheKeySetArePublic() {
    JsonNode discovery = hub.anonymous().get("/.well-known/oauth-authorization-server").body();
    JsonNode keys = hub.anonymous().get("/oauth2/jwks").body();

    assertThat(discovery.get("issuer").asText()).isEqualTo("https://hub.test");
    assertThat(discovery.get("token_endpoint").asText()).isEqualTo("https://hub.test/oauth2/token");
    assertThat(discovery.get("grant_types_supported").toString()).contains("client_credentials");
    assertThat(keys.get("keys")).hasSize(1);
    assertThat(keys.at("/keys/0/kty").asText()).isEqualTo("RSA");
    assertThat(keys.at("/keys/0/d").isMissingNode()).as("no private part").isTrue();
  }

  @Test
  void onlyAValidTokenOfTheHubIsAccepted() throws Exception {
    World world = newWorld();
    String client = world.publisherClient().clientId();
    RSAKey hubKey = (RSAKey) signingKeys.get(new JWKSelector(new JWKMatcher.Builder().keyType(KeyType.RSA).build()), null).get(0);
    RSAKey otherKey = new RSAKeyGenerator(2048).keyID(hubKey.getKeyID()).generate();
    String valid = sign(hubKey, claims(client, c -> c));

    assertThat(call(valid).status()).as("the forged-but-valid control").isEqualTo(200);
    assertRejected(sign(hubKey, claims(client, c -> c.expirationTime(ago(120)).issueTime(ago(1000)).notBeforeTime(ago(1000)))));
    assertRejected(sign(hubKey, claims(client, c -> c.notBeforeTime(Date.from(Instant.now().plusSeconds(600))))));
    assertRejected(sign(hubKey, claims(client, c -> c.issuer("https://another-issuer.test"))));
    assertRejected(sign(hubKey, claims(client, c -> c.audience("another-api"))));
    assertRejected(sign(otherKey, claims(client, c -> c)));
    assertRejected(tampered(valid));
    assertRejected(unsigned(valid));
    assertRejected(sign(hubKey, claims("an-unregistered-client", c -> c)));
  }

  @Test
  void aTokenWithoutTheOperationsScopeIsForbidden() {
    HubClient readOnlyAdmin = hub.withScope("admin:read");

    assertThat(readOnlyAdmin.get("/api/v1/publishers").status()).isEqualTo(200);
    HubClient.Response refused = readOnlyAdmin.post("/api/v1/publishers", "application/json", "{\"code\":\"x-gp\",\"name\":\"X\"}");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.body().get("type").asText()).isEqualTo("/problems/forbidden");
  }

  private HubClient.Response call(String token) {
    return hub.anonymous().get("/api/v1/submissions?limit=1", "Authorization", "Bearer " + token);
  }

  private void assertRejected(String token) {
    HubClient.Response response = call(token);
    assertThat(response.status()).as(payload(token).toString()).isEqualTo(401);
    assertThat(response.body().get("type").asText()).isEqualTo("/problems/unauthenticated");
    assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
  }

  private static JWTClaimsSet claims(String client, UnaryOperator<JWTClaimsSet.Builder> change) {
    Instant now = Instant.now();
    return change.apply(new JWTClaimsSet.Builder()
        .issuer("https://hub.test").audience("pmdc-hub").subject(client)
        .claim("scope", "submissions:read")
        .issueTime(Date.from(now)).notBeforeTime(Date.from(now))
        .expirationTime(Date.from(now.plusSeconds(300)))).build();
  }

  private static Date ago(long seconds) {
    return Date.from(Instant.now().minusSeconds(seconds));
  }

  private static String sign(RSAKey key, JWTClaimsSet claims) throws JOSEException {
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }

  /** The same signature over a payload that now asks for more. */
  private static String tampered(String token) {
    String[] parts = token.split("\\.");
    String payload = new String(BASE64URL.decode(parts[1]), StandardCharsets.UTF_8)
        .replace("submissions:read", "submissions:read submissions:write");
    return parts[0] + "." + BASE64URL_OUT.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
  }

  /** The same claims with {@code alg: none} and no signature. */
  private static String unsigned(String token) {
    String header = BASE64URL_OUT.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    return header + "." + token.split("\\.")[1] + ".";
  }

  private static JsonNode payload(String token) {
    try {
      return JSON.readTree(BASE64URL.decode(token.split("\\.")[1]));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
