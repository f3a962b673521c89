package org.pmdc.hub.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The statements under {@code sql/} for Java beans, the same files the routes run through the
 * Camel SQL component: one place for the hub's SQL, whichever side runs it. A file's Camel
 * parameters ({@code :#name}) become Spring's ({@code :name}); one that reads the exchange
 * ({@code :#${...}}) only a route can run, and is refused. Statements join the transaction of the
 * calling thread, if there is one.
 */
@Component
public class SqlFiles {

  private static final Pattern CAMEL_PARAMETER = Pattern.compile(":#(?=[A-Za-z_])");

  private final JdbcClient jdbc;
  private final Map<String, String> statements = new ConcurrentHashMap<>();

  SqlFiles(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  /** The statement in {@code sql/<path>}, for example {@code security/client.sql}, ready for its parameters. */
  public JdbcClient.StatementSpec statement(String path) {
    return jdbc.sql(statements.computeIfAbsent(path, SqlFiles::read));
  }

  /** A PostgreSQL array literal of whole numbers, for {@code CAST(:#ids AS bigint[])}. */
  public static String array(List<? extends Number> values) {
    return values.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
  }

  static String toSpring(String path, String camelSql) {
    if (camelSql.contains(":#$")) {
      throw new IllegalArgumentException("sql/" + path + " reads the exchange (:#${...}); only a route can run it");
    }
    return CAMEL_PARAMETER.matcher(camelSql).replaceAll(":");
  }

  private static String read(String path) {
    try (InputStream in = SqlFiles.class.getClassLoader().getResourceAsStream("sql/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("No statement sql/" + path + " on the classpath");
      }
      return toSpring(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
