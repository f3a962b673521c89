package org.pmdc.hub.support;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.UUID;

/**
 * TLS material for servers a test starts (the hub over HTTPS, an LP's Kafka broker): a PKCS12
 * keystore with a self-signed key pair for localhost, made with the JDK's keytool as
 * docs/security.md tells an operator to.
 */
public final class SelfSignedKeystores {

  public static final String PASSWORD = "changeit";
  public static final String ALIAS = "pmdc";

  private SelfSignedKeystores() {}

  /** A new keystore under target/test-tls, valid for localhost and 127.0.0.1. */
  public static Path create(String name) {
    try {
      Path dir = Files.createDirectories(Path.of("target", "test-tls"));
      Path keystore = dir.resolve(name + "-" + UUID.randomUUID() + ".p12");
      Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
          "-genkeypair", "-alias", ALIAS, "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
          "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", PASSWORD,
          "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1")
          .redirectErrorStream(true).start();
      String output = new String(keytool.getInputStream().readAllBytes());
      if (keytool.waitFor() != 0) {
        throw new IllegalStateException("keytool failed: " + output);
      }
      return keystore;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The keystore's certificate, the one a client must trust. */
  public static Certificate certificate(Path keystore) {
    try (InputStream in = Files.newInputStream(keystore)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, PASSWORD.toCharArray());
      return store.getCertificate(ALIAS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The certificate as PEM, as an LP hands its cluster's CA to an operator. */
  public static String certificatePem(Path keystore) {
    try {
      return "-----BEGIN CERTIFICATE-----\n"
          + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(certificate(keystore).getEncoded())
          + "\n-----END CERTIFICATE-----\n";
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
