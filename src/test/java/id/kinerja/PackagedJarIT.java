package id.kinerja;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.support.Pause;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The artifact as users run it: {@code target/kinerja-*.jar} started in a JVM of its own with the command line of
 * the Dockerfile's entry point (read from the Dockerfile, so the two cannot drift apart), once with the
 * {@code postgres} profile on an embedded PostgreSQL (as docker-compose runs it) and once on the embedded default.
 * Nothing of the application runs in the test's JVM: only HTTP, as a user or a load balancer sees it.
 */
class PackagedJarIT {

  private static final Path PROCESSES = Path.of("processes");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(240);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static EmbeddedPostgres postgres;

  @BeforeAll
  static void database() throws IOException {
    postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
  }

  @AfterAll
  static void stopDatabase() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void postgresProfileDeploysEveryModelServesTasklistOpensACycleAndRedeploysNothingOnRestart(@TempDir Path work)
      throws Exception {
    Map<String, String> env = Map.of(
        "SPRING_PROFILES_ACTIVE", "postgres",
        "KINERJA_DB_URL", postgres.getJdbcUrl("postgres", "postgres"),
        "KINERJA_DB_USER", "postgres",
        "KINERJA_DB_PASSWORD", "postgres",
        "KINERJA_DEMO_ENABLED", "true");

    long deployments;
    long definitions;
    try (App app = App.start("postgres-first", work, env)) {
      assertEveryModelDeployed(app);
      assertWebappsServed(app);
      assertCycleStartsItsPlanning(app);
      deployments = count(app, "/engine-rest/deployment/count");
      definitions = count(app, "/engine-rest/process-definition/count")
          + count(app, "/engine-rest/decision-definition/count");
    }

    try (App app = App.start("postgres-restart", work, env)) {
      assertThat(count(app, "/engine-rest/deployment/count")).as("deployments after a restart").isEqualTo(deployments);
      assertThat(count(app, "/engine-rest/process-definition/count")
          + count(app, "/engine-rest/decision-definition/count")).as("definitions after a restart")
          .isEqualTo(definitions);
      assertThat(app.log()).contains("Models unchanged");
      assertEveryModelDeployed(app);
    }
  }

  @Test
  void embeddedDefaultDeploysEveryModelAndServesTasklist(@TempDir Path work) throws Exception {
    try (App app = App.start("embedded-default", work, Map.of())) {
      assertEveryModelDeployed(app);
      assertWebappsServed(app);
      assertThat(app.get("hr", "/api/v1/cycles").statusCode()).isEqualTo(200);
      assertForwardedForIsNotBelievedByDefault(app);
    }
  }

  /** Shipped defaults trust no proxy: a new X-Forwarded-For per post does not get around the survey rate limit. */
  private static void assertForwardedForIsNotBelievedByDefault(App app) {
    String valid = "{\"answers\":{\"U1\":4,\"U2\":4,\"U3\":4,\"U4\":4,\"U5\":4,\"U6\":4,\"U7\":4,"
        + "\"U8\":4,\"U9\":4}}";
    List<Integer> answers = new ArrayList<>();
    for (int i = 1; i <= 11; i++) {
      answers.add(app.send(null, HttpRequest.newBuilder(URI.create(app.base + "/api/v1/public/surveys/"
          + "DISDUKCAPIL-CAPIL-LAHIR")).header("Content-Type", "application/json")
          .header("X-Forwarded-For", "203.0.113." + i).POST(HttpRequest.BodyPublishers.ofString(valid)))
          .statusCode());
    }
    assertThat(answers.subList(0, 10)).containsOnly(201);
    assertThat(answers.get(10)).as("11th post from one address").isEqualTo(429);
  }

  private static void assertEveryModelDeployed(App app) throws IOException {
    Set<String> files = new TreeSet<>();
    try (Stream<Path> all = Files.list(PROCESSES)) {
      all.map(p -> p.getFileName().toString()).filter(n -> n.matches(".*\\.(bpmn|dmn|form)")).forEach(files::add);
    }
    assertThat(files).as("models in processes/").hasSizeGreaterThan(20);

    Set<String> deployedResources = new TreeSet<>();
    for (JsonNode deployment : app.json("hr", "/engine-rest/deployment?name=kinerja")) {
      for (JsonNode resource : app.json("hr", "/engine-rest/deployment/" + deployment.get("id").asText()
          + "/resources")) {
        deployedResources.add(resource.get("name").asText());
      }
    }
    assertThat(deployedResources).as("deployed model files").containsAll(files);

    for (String file : files) {
      String base = file.substring(0, file.lastIndexOf('.'));
      if (file.endsWith(".bpmn")) {
        JsonNode found = app.json("hr", "/engine-rest/process-definition?latestVersion=true&key=" + base);
        assertThat(found).as("process definition of " + file).hasSize(1);
        assertThat(found.get(0).get("resource").asText()).isEqualTo(file);
      } else if (file.endsWith(".dmn")) {
        for (Decision decision : Dmn.readModelFromFile(PROCESSES.resolve(file).toFile())
            .getModelElementsByType(Decision.class)) {
          assertThat(app.json("hr", "/engine-rest/decision-definition?latestVersion=true&key=" + decision.getId()))
              .as("decision " + decision.getId() + " of " + file).hasSize(1);
        }
      }
    }
  }

  private static void assertWebappsServed(App app) throws IOException {
    for (String page : List.of("/camunda/app/tasklist/default/", "/camunda/app/tasklist/locales/id.json",
        "/camunda/app/tasklist/scripts/config.js")) {
      assertThat(app.get(null, page).statusCode()).as(page).isEqualTo(200);
    }
    assertThat(app.get(null, "/camunda/app/tasklist/locales/id.json").body()).as("our Indonesian Tasklist")
        .contains("Selesaikan");
    for (String script : List.of("/camunda/api/tasklist/plugin/tasklistPlugins/static/app/plugin.js",
        "/camunda/api/cockpit/plugin/cockpitPlugins/static/app/plugin.js",
        "/camunda/api/admin/plugin/adminPlugins/static/app/plugin.js")) {
      assertThat(app.get("hr", script).statusCode()).as(script).isEqualTo(200);
    }
  }

  private static void assertCycleStartsItsPlanning(App app) throws IOException {
    int year = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
    HttpResponse<String> opened = app.post("hr", "/api/v1/cycles",
        "{\"year\":" + year + ",\"cadence\":\"QUARTERLY\",\"unitCode\":\"DINKES\"}");
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(202);
    String id = JSON.readTree(opened.body()).get("id").asText();
    JsonNode cycle = Pause.until(() -> app.json("hr", "/api/v1/cycles/" + id),
        c -> !"OPENING".equals(c.get("status").asText()), Duration.ofSeconds(60), "cycle " + id + " still opening");
    assertThat(cycle.get("status").asText()).as(cycle.toString()).isEqualTo("OPEN");
    assertThat(cycle.get("failed").asLong()).isZero();
    assertThat(cycle.get("total").asInt()).isPositive();
    assertThat(cycle.get("started").asInt()).isEqualTo(cycle.get("total").asInt());
    assertThat(count(app, "/engine-rest/process-instance/count?processDefinitionKey=skp-planning"))
        .isGreaterThanOrEqualTo(cycle.get("total").asLong());
  }

  private static long count(App app, String path) {
    return app.json("hr", path).get("count").asLong();
  }

  /** The packaged application in its own JVM, started as the Dockerfile starts it. */
  static final class App implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final String base;
    private final int port;

    private App(Process process, Path log, int port) {
      this.process = process;
      this.log = log;
      this.port = port;
      this.base = "http://localhost:" + port;
    }

    int port() {
      return port;
    }

    static App start(String name, Path workingDirectory, Map<String, String> env) throws IOException {
      int port = freePort();
      List<String> command = dockerfileCommand(jar());
      Path log = Path.of("target", "packaged-jar", name + ".log").toAbsolutePath();
      Files.createDirectories(log.getParent());
      ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      Map<String, String> environment = builder.environment();
      environment.keySet().removeIf(k -> k.startsWith("SPRING_") || k.startsWith("KINERJA_"));
      environment.putAll(env);
      environment.put("SERVER_PORT", String.valueOf(port));
      App app = new App(builder.start(), log, port);
      try {
        app.awaitReady();
      } catch (RuntimeException | Error notReady) {
        app.process.destroyForcibly(); // never leave a JVM behind a failed start
        throw notReady;
      }
      return app;
    }

    /** Polls the readiness probe as a load balancer does; fails if the JVM ends first. */
    private void awaitReady() {
      long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
      while (true) {
        if (!process.isAlive()) {
          throw new AssertionError("the packaged application ended with " + process.exitValue() + ":\n" + tail());
        }
        try {
          // the API first: readiness never falls back during start-up, so an API answer other than 503 must be
          // followed by a ready probe
          HttpResponse<String> api = get("hr", "/api/v1/cycles");
          HttpResponse<String> ready = get(null, "/actuator/health/readiness");
          if (ready.statusCode() == 200) {
            return;
          }
          assertThat(ready.statusCode()).as("readiness before ready").isEqualTo(503);
          assertThat(api.statusCode()).as("API before ready: " + api.body()).isEqualTo(503);
        } catch (UncheckedIOException notListeningYet) {
          // the web server is not up yet
        }
        if (System.nanoTime() > deadline) {
          throw new AssertionError("not ready after " + START_TIMEOUT + ":\n" + tail());
        }
        Pause.millis(250);
      }
    }

    HttpResponse<String> get(String user, String path) {
      return send(user, HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    HttpResponse<String> send(String user, String method, String path, String json) {
      return send(user, HttpRequest.newBuilder(URI.create(base + path))
          .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> post(String user, String path, String json) {
      return send(user, HttpRequest.newBuilder(URI.create(base + path))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    JsonNode json(String user, String path) {
      HttpResponse<String> response = get(user, path);
      if (response.statusCode() != 200) {
        throw new AssertionError(path + " answered " + response.statusCode() + ": " + response.body());
      }
      try {
        return JSON.readTree(response.body());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private HttpResponse<String> send(String user, HttpRequest.Builder request) {
      request.timeout(Duration.ofSeconds(30));
      if (user != null) {
        request.header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
      }
      try {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    String log() throws IOException {
      return Files.readString(log);
    }

    private String tail() {
      try {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
      } catch (IOException e) {
        return "(no log: " + e.getMessage() + ")";
      }
    }

    /** {@code kill -9}: no shutdown hook, no graceful stop (PackagedJarCrashIT). */
    void kill() throws InterruptedException {
      process.destroyForcibly().waitFor();
    }

    String base() {
      return base;
    }

    @Override
    public void close() throws InterruptedException {
      process.destroy();
      if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }

  /** The jar the build packaged ({@code package} runs before the integration tests). */
  static Path jar() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files.filter(p -> p.getFileName().toString().matches("kinerja-.*\\.jar"))
          .findFirst().orElseThrow(() -> new AssertionError("no target/kinerja-*.jar: run ./mvnw verify"))
          .toAbsolutePath();
    }
  }

  /**
   * The Dockerfile's entry point with its JAVA_OPTS, for the jar at hand. Fails when the Dockerfile starts the
   * application in another way, so this test is changed with it.
   */
  static List<String> dockerfileCommand(Path jar) throws IOException {
    String dockerfile = Files.readString(Path.of("Dockerfile"));
    Matcher entry = Pattern.compile("(?m)^ENTRYPOINT\\s+\\[\"sh\", \"-c\", \"exec java \\$JAVA_OPTS -jar "
        + "(/app/kinerja\\.jar)\"]\\s*$").matcher(dockerfile);
    assertThat(entry.find()).as("the Dockerfile's ENTRYPOINT is `exec java $JAVA_OPTS -jar /app/kinerja.jar`; "
        + "if it changed, start the application here the same way").isTrue();
    Matcher opts = Pattern.compile("(?m)^ENV JAVA_OPTS=\"([^\"]*)\"").matcher(dockerfile);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    if (opts.find() && !opts.group(1).isBlank()) {
      command.addAll(List.of(opts.group(1).trim().split("\\s+")));
    }
    command.addAll(List.of("-jar", jar.toString()));
    return command;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
