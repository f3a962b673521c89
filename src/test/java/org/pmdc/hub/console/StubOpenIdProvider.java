package org.pmdc.hub.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The organisation's OpenID provider for the console's sign-in (a third party, hence WireMock): a
 * discovery document and key set, an authorization endpoint that signs in whoever the test names
 * next and sends the browser back to the hub with a code, and a token endpoint that exchanges the
 * code, from the console's client only, for an ID token signed with the provider's key. The code
 * carries the authorization request's nonce, so the stub keeps nothing between the two requests.
 * It runs until the test JVM ends.
 */
final class StubOpenIdProvider implements ResponseDefinitionTransformerV2 {

  static final String CLIENT_ID = "hub-console";
  static final String CLIENT_SECRET = "console-secret-at-the-provider";

  private final RSAKey key = generatedKey();
  private final WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort().extensions(this));
  private volatile Map<String, Object> nextPerson = Map.of();

  StubOpenIdProvider() {
    server.start();
    server.stubFor(get(urlEqualTo("/.well-known/openid-configuration")).willReturn(json("""
        {"issuer":"%1$s","authorization_endpoint":"%1$s/authorize","token_endpoint":"%1$s/token",
         "jwks_uri":"%1$s/keys","response_types_supported":["code"],"subject_types_supported":["public"],
         "id_token_signing_alg_values_supported":["RS256"],"token_endpoint_auth_methods_supported":["client_secret_basic"]}
        """.formatted(issuer()))));
    server.stubFor(get(urlEqualTo("/keys")).willReturn(json(new JWKSet(key.toPublicJWK()).toString())));
    server.stubFor(get(urlPathEqualTo("/authorize")).willReturn(aResponse().withStatus(302)));
    server.stubFor(post(urlEqualTo("/token")).willReturn(aResponse().withStatus(200)));
  }

  String issuer() {
    return server.baseUrl();
  }

  /** Who the provider signs in at the next authorization request: the ID token's claims besides the standard ones. */
  void signsInNext(Map<String, Object> claims) {
    nextPerson = Map.copyOf(claims);
  }

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    Request request = event.getRequest();
    String path = request.getUrl().split("\\?")[0];
    if (path.equals("/authorize")) {
      String code = Base64.getUrlEncoder().encodeToString(request.queryParameter("nonce").firstValue().getBytes(StandardCharsets.UTF_8));
      String back = request.queryParameter("redirect_uri").firstValue() + "?code=" + code + "&state="
          + URLEncoder.encode(request.queryParameter("state").firstValue(), StandardCharsets.UTF_8);
      return aResponse().withStatus(302).withHeader("Location", back).build();
    }
    if (path.equals("/token")) {
      String basic = "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
      if (!basic.equals(request.getHeader("Authorization"))) {
        return json("{\"error\":\"invalid_client\"}").withStatus(401).build();
      }
      String nonce = new String(Base64.getUrlDecoder().decode(form(request.getBodyAsString()).get("code")), StandardCharsets.UTF_8);
      return json("{\"access_token\":\"provider-access-token\",\"token_type\":\"Bearer\",\"expires_in\":300,"
          + "\"scope\":\"openid profile email\",\"id_token\":\"" + idToken(nonce) + "\"}").build();
    }
    return event.getResponseDefinition();
  }

  @Override
  public String getName() {
    return "stub-openid-provider";
  }

  private String idToken(String nonce) {
    Instant now = Instant.now();
    JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer()).audience(CLIENT_ID)
        .subject("subject-" + nextPerson.getOrDefault("email", "unnamed")).claim("nonce", nonce)
        .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)));
    nextPerson.forEach(claims::claim);
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims.build());
    try {
      jwt.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }

  private static Map<String, String> form(String body) {
    return Stream.of(body.split("&")).map(pair -> pair.split("=", 2)).collect(Collectors.toMap(
        pair -> pair[0], pair -> URLDecoder.decode(pair.length > 1 ? pair[1] : "", StandardCharsets.UTF_8)));
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
    return aResponse().withHeader("Content-Type", "application/json").withBody(body);
  }

  private static RSAKey generatedKey() {
    try {
      return new RSAKeyGenerator(2048).keyID("console-provider-key").generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
