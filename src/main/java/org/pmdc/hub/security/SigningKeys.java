package org.pmdc.hub.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.pmdc.hub.database.SqlFiles;

/**
 * The RSA key the embedded authorization server signs tokens with. Created by the first hub that
 * needs it and stored (private part sealed) in the database, so every instance signs and checks
 * with the same key and tokens survive a restart. Loaded on first use, once Camel is up.
 */
class SigningKeys implements JWKSource<SecurityContext> {

  private final SqlFiles sql;
  private final SecretBox secrets;
  private volatile JWKSet keys;

  SigningKeys(SqlFiles sql, SecretBox secrets) {
    this.sql = sql;
    this.secrets = secrets;
  }

  @Override
  public List<JWK> get(JWKSelector selector, SecurityContext context) {
    return selector.select(keys());
  }

  private JWKSet keys() {
    JWKSet loaded = keys;
    if (loaded == null) {
      synchronized (this) {
        if (keys == null) {
          keys = new JWKSet(load());
        }
        loaded = keys;
      }
    }
    return loaded;
  }

  private RSAKey load() {
    Optional<String> stored = storedPrivateKey();
    if (stored.isEmpty()) {
      RSAKey fresh = generate();
      sql.statement("security/insert-signing-key.sql").params(Map.of(
          "keyId", fresh.getKeyID(),
          "privateKey", secrets.seal(fresh.toJSONString()),
          "publicKey", fresh.toPublicJWK().toJSONString())).update();
      // Another hub may have stored its key first: everyone uses the one in the database.
      stored = storedPrivateKey();
    }
    try {
      return RSAKey.parse(secrets.open(stored.orElseThrow()));
    } catch (ParseException e) {
      throw new IllegalStateException("The stored token signing key is not a JWK", e);
    }
  }

  private Optional<String> storedPrivateKey() {
    return sql.statement("security/signing-key.sql").query((row, number) -> row.getString("private_key")).optional();
  }

  private static RSAKey generate() {
    try {
      return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
