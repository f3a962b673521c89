package org.pmdc.hub.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.List;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/** A real SFTP server (Apache MINA SSHD) on a free port, serving a folder to one user. */
public final class SftpServers {

  private SftpServers() {}

  /** Started; stop it after the tests. Its host key is kept beside the home folder. */
  public static SshServer start(Path home, String user, String password) {
    SshServer server = SshServer.setUpDefaultServer();
    server.setPort(0);
    server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(home.resolveSibling(home.getFileName() + "-hostkey.ser")));
    server.setPasswordAuthenticator((name, given, session) -> name.equals(user) && given.equals(password));
    server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
    server.setFileSystemFactory(new VirtualFileSystemFactory(home));
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return server;
  }

  /** The server's host key as a known_hosts line, what {@code ssh-keyscan -p <port> localhost} prints. */
  public static String knownHosts(SshServer server) {
    try {
      KeyPair key = server.getKeyPairProvider().loadKeys(null).iterator().next();
      return "[localhost]:" + server.getPort() + " " + PublicKeyEntry.toString(key.getPublic());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
