package id.kinerja.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Keycloak for the keycloak-profile tests: the distribution that Maven unpacks under target/keycloak
 * ({@code org.keycloak:keycloak-quarkus-dist}), started once per test JVM with {@code kc.sh start-dev
 * --import-realm} on free ports, with a fresh copy of the project's realm export and its login theme
 * (keycloak/themes). The realm copy differs in three test-only
 * ways: the web client may redirect to the test application's port and grants tokens for a password, and a public
 * client issues tokens that expire after two seconds (for the expired-token test).
 */
public final class KeycloakServer {

  public static final String REALM = "kinerja";
  public static final String SHORT_LIVED_CLIENT = "kinerja-test-short";
  private static KeycloakServer shared;

  private final int port;
  private final int appPort;
  private final Process process;

  private KeycloakServer(int port, int appPort, Process process) {
    this.port = port;
    this.appPort = appPort;
    this.process = process;
  }

  /** The one server of this JVM, started on first use; stopped when the JVM exits. */
  public static synchronized KeycloakServer shared() {
    if (shared == null) {
      shared = start();
      Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
    }
    return shared;
  }

  public String url() {
    return "http://localhost:" + port;
  }

  public String issuer() {
    return url() + "/realms/" + REALM;
  }

  public String tokenEndpoint() {
    return issuer() + "/protocol/openid-connect/token";
  }

  /** The port the Spring application must listen on (the realm copy allows redirects to it). */
  public int appPort() {
    return appPort;
  }

  private static KeycloakServer start() {
    String homeProperty = System.getProperty("kinerja.test.keycloak.home");
    if (homeProperty == null || !Files.isDirectory(Paths.get(homeProperty, "bin"))) {
      throw new IllegalStateException("No Keycloak distribution at " + homeProperty + ": run through Maven "
          + "(./mvnw verify unpacks org.keycloak:keycloak-quarkus-dist into target/keycloak), or skip these suites "
          + "with -DskipKeycloakTests");
    }
    Path home = Paths.get(homeProperty);
    int port = freePort();
    int managementPort = freePort();
    int appPort = freePort();
    try {
      deleteRecursively(home.resolve("data/h2")); // a fresh realm every run: the import applies in full
      Path imports = Files.createDirectories(home.resolve("data/import"));
      Files.writeString(imports.resolve("kinerja-realm.json"), testRealm(appPort));
      copyThemes(Paths.get("keycloak", "themes"), home.resolve("themes"));
      home.resolve("bin/kc.sh").toFile().setExecutable(true);
      ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
          "--http-port=" + port, "--http-management-port=" + managementPort, "--import-realm",
          "--health-enabled=false", "--log-level=WARN");
      builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
      builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
      builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
      File log = Paths.get("target", "keycloak.log").toFile();
      builder.redirectErrorStream(true).redirectOutput(log);
      Process process = builder.start();
      KeycloakServer server = new KeycloakServer(port, appPort, process);
      server.awaitRealm(Duration.ofMinutes(4), log);
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void awaitRealm(Duration timeout, File log) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
        .timeout(Duration.ofSeconds(5)).build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Keycloak stopped during start-up, see " + log.getAbsolutePath());
      }
      try {
        if (client.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      Pause.millis(500);
    }
    stop();
    throw new IllegalStateException("Keycloak did not serve realm " + REALM + " within " + timeout + ", see "
        + log.getAbsolutePath());
  }

  private void stop() {
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String testRealm(int appPort) throws IOException {
    ObjectMapper json = new ObjectMapper();
    ObjectNode realm = (ObjectNode) json.readTree(Paths.get("keycloak", "kinerja-realm.json").toFile());
    ObjectNode web = null;
    for (var client : realm.withArray("clients")) {
      if ("kinerja".equals(client.path("clientId").asText())) {
        web = (ObjectNode) client;
      }
    }
    if (web == null) {
      throw new IllegalStateException("realm export has no client 'kinerja'");
    }
    String app = "http://localhost:" + appPort;
    web.putArray("redirectUris").add(app + "/*");
    // the tests get their tokens with a password; the realm export keeps that grant off
    web.put("directAccessGrantsEnabled", true);
    ((ObjectNode) web.get("attributes")).put("post.logout.redirect.uris", app + "/*");
    ObjectNode shortLived = realm.withArray("clients").addObject();
    shortLived.put("clientId", SHORT_LIVED_CLIENT);
    shortLived.put("enabled", true);
    shortLived.put("publicClient", true);
    shortLived.put("standardFlowEnabled", false);
    shortLived.put("directAccessGrantsEnabled", true);
    shortLived.putObject("attributes").put("access.token.lifespan", "2");
    shortLived.set("protocolMappers", ((ArrayNode) web.get("protocolMappers")).deepCopy());
    return json.writerWithDefaultPrettyPrinter().writeValueAsString(realm);
  }

  /** The project's Keycloak themes (the Indonesian login pages), as an installation would mount them. */
  private static void copyThemes(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> files = Files.walk(path)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
