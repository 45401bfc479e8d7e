package id.kinerja.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The PostgreSQL behind the integration tests: an embedded server, or an external one when
 * {@code KINERJA_TEST_DB_URL} (with {@code KINERJA_TEST_DB_USER} and {@code KINERJA_TEST_DB_PASSWORD}) is set.
 * It is a bean of the shared test context, so it stops after the engine and the connection pool are closed.
 */
public final class TestDatabase implements Closeable {

  private final EmbeddedPostgres embedded;
  private final String url;
  private final String user;
  private final String password;

  private TestDatabase(EmbeddedPostgres embedded, String url, String user, String password) {
    this.embedded = embedded;
    this.url = url;
    this.user = user;
    this.password = password;
  }

  static TestDatabase start() {
    String external = System.getenv("KINERJA_TEST_DB_URL");
    if (external != null && !external.isBlank()) {
      return new TestDatabase(null, external, System.getenv().getOrDefault("KINERJA_TEST_DB_USER", "postgres"),
          System.getenv().getOrDefault("KINERJA_TEST_DB_PASSWORD", ""));
    }
    try {
      EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
      return new TestDatabase(postgres, postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
    } catch (IOException e) {
      throw new UncheckedIOException("embedded PostgreSQL did not start", e);
    }
  }

  public String url() {
    return url;
  }

  public String user() {
    return user;
  }

  public String password() {
    return password;
  }

  @Override
  public void close() throws IOException {
    if (embedded != null) {
      embedded.close();
    }
  }
}
