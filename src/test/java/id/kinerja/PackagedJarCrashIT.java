package id.kinerja;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.PackagedJarIT.App;
import id.kinerja.support.FromAddress;
import id.kinerja.support.Pause;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Items 1 and 2 of issue 20 at CI scale, on the packaged jar started as the Dockerfile starts it (see
 * {@link PackagedJarIT}), one embedded PostgreSQL: {@code kill -9} under a burst of realisation submissions and
 * during a cycle opening, then a restart; and two instances on one database. Figures are printed
 * ("crash:", "two nodes:") for docs/reliability.md.
 */
class PackagedJarCrashIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int WRITERS = 6;
  private static EmbeddedPostgres postgres;
  private static Map<String, String> env;

  @BeforeAll
  static void database() throws IOException {
    postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
    env = Map.of(
        "SPRING_PROFILES_ACTIVE", "postgres",
        "KINERJA_DB_URL", postgres.getJdbcUrl("postgres", "postgres"),
        "KINERJA_DB_USER", "postgres",
        "KINERJA_DB_PASSWORD", "postgres",
        "KINERJA_DEMO_ENABLED", "true");
  }

  @AfterAll
  static void stopDatabase() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void killedUnderABurstEveryAcknowledgedRealisationIsStoredOnceAndTheOpeningUnderWayFinishes(@TempDir Path work)
      throws Exception {
    int year = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
    long skp;
    long indicator;
    Map<String, Long> acknowledged = new ConcurrentHashMap<>();
    AtomicInteger sent = new AtomicInteger();
    String openingId;
    String openingAtKill;
    App first = App.start("crash-first", work, env);
    try {
      openAndAwait(first, year, "DISDIK-SD");
      skp = agreedSkp(first, "rina", "kasi.kurikulum", year);
      indicator = JSON.readTree(first.get("rina", "/api/v1/skp/" + skp).body()).at("/rhk/0/indicators/0/id")
          .asLong();

      AtomicBoolean running = new AtomicBoolean(true);
      ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
      for (int w = 0; w < WRITERS; w++) {
        writers.submit(() -> {
          while (running.get()) {
            String tag = "crash-" + sent.incrementAndGet();
            try {
              HttpResponse<String> answer = first.post("rina", "/api/v1/skp/" + skp + "/realisations",
                  "{\"indicatorId\":" + indicator + ",\"date\":\"" + year + "-01-15\",\"value\":1,"
                      + "\"description\":\"" + tag + "\"}");
              if (answer.statusCode() / 100 == 2) {
                acknowledged.put(tag, JSON.readTree(answer.body()).get("id").asLong());
              }
            } catch (UncheckedIOException | IOException | IllegalStateException killed) {
              // the connection died with the JVM: not acknowledged
            }
          }
        });
      }
      Pause.until(acknowledged::size, n -> n >= 30, Duration.ofSeconds(60), "no realisations acknowledged");
      // a cycle opening under way when the JVM dies (its planning instances are started by jobs)
      HttpResponse<String> opening = first.post("hr", "/api/v1/cycles",
          "{\"year\":" + year + ",\"cadence\":\"QUARTERLY\",\"unitCode\":\"BKPSDM\"}");
      assertThat(opening.statusCode()).as(opening.body()).isEqualTo(202);
      openingId = JSON.readTree(opening.body()).get("id").asText();
      Pause.millis(300);
      openingAtKill = first.json("hr", "/api/v1/cycles/" + openingId).get("status").asText();
      first.kill();
      running.set(false);
      writers.shutdown();
      assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    } finally {
      first.kill();
    }

    try (App restarted = App.start("crash-restart", work, env)) {
      List<String> stored = new ArrayList<>();
      for (JsonNode r : restarted.json("rina", "/api/v1/skp/" + skp + "/realisations")) {
        String description = r.path("description").asText("");
        if (description.startsWith("crash-")) {
          stored.add(description);
        }
      }
      Map<String, Integer> times = new HashMap<>();
      stored.forEach(t -> times.merge(t, 1, Integer::sum));
      assertThat(times.values()).as("no submission stored twice").allMatch(n -> n == 1);
      assertThat(times.keySet()).as("every acknowledged submission stored").containsAll(acknowledged.keySet());

      JsonNode cycle = Pause.until(() -> restarted.json("hr", "/api/v1/cycles/" + openingId),
          c -> "OPEN".equals(c.get("status").asText()), Duration.ofSeconds(120), "opening did not resume");
      long planning = restarted.json("hr",
          "/engine-rest/history/process-instance/count?processDefinitionKey=skp-planning").get("count").asLong();
      assertThat(cycle.get("started").asInt()).isEqualTo(cycle.get("total").asInt());
      assertThat(cycle.get("failed").asInt()).isZero();
      long skpsOfBoth = countSkps(restarted, year);
      assertThat(planning).as("one planning instance per SKP, none twice").isEqualTo(skpsOfBoth);
      System.out.println("crash: sent " + sent.get() + ", acknowledged " + acknowledged.size() + ", stored "
          + stored.size() + " (each once), not acknowledged but stored " + (stored.size() - acknowledged.size())
          + "; opening " + openingAtKill + " at the kill: " + cycle.get("started") + "/" + cycle.get("total")
          + " started after restart, "
          + planning + " planning instances for " + skpsOfBoth + " SKPs");
    }
  }

  @Test
  void twoInstancesOnOneDatabaseRunEachJobOnceAndServeEachOthersCycle(@TempDir Path work) throws Exception {
    int year = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
    try (App a = App.start("node-a", work, env); App b = App.start("node-b", work, env)) {
      HttpResponse<String> opened = a.post("hr", "/api/v1/cycles",
          "{\"year\":" + year + ",\"cadence\":\"QUARTERLY\",\"unitCode\":\"DISDUKCAPIL\"}");
      assertThat(opened.statusCode()).as(opened.body()).isEqualTo(202);
      String id = JSON.readTree(opened.body()).get("id").asText();
      // opened on A, watched on B: both job executors take the opening's jobs
      JsonNode cycle = Pause.until(() -> b.json("hr", "/api/v1/cycles/" + id),
          c -> "OPEN".equals(c.get("status").asText()), Duration.ofSeconds(120), "cycle did not open");
      assertThat(cycle.get("started").asInt()).isEqualTo(cycle.get("total").asInt());
      long onA = a.json("hr", "/engine-rest/history/process-instance/count?processDefinitionKey=skp-planning")
          .get("count").asLong();
      long onB = b.json("hr", "/engine-rest/history/process-instance/count?processDefinitionKey=skp-planning")
          .get("count").asLong();
      long skps = countSkps(b, year);
      assertThat(onA).isEqualTo(onB).as("each planning instance started once").isEqualTo(skps);
      // an employee's SKP opened by A is worked on through B
      JsonNode skpList = b.json("kabid.capil", "/api/v1/skp?year=" + year);
      assertThat(skpList.size()).isPositive();
      // one login on A serves on B: the session is Spring Session's, in the database (decision 66)
      FromAddress loggedInOnA = new FromAddress("127.0.0.1", a.port());
      assertThat(loggedInOnA.webappLogin("hr", "demo").status()).isEqualTo(200);
      FromAddress sameSessionOnB = loggedInOnA.withCookiesOn(b.port());
      FromAddress.Response tasklistUser = sameSessionOnB.get("/camunda/api/admin/auth/user/default", null);
      assertThat(tasklistUser.body()).as("the webapp session of A on B").contains("\"userId\":\"hr\"");
      FromAddress.Response portalHome = sameSessionOnB.get("/app/beranda", null);
      assertThat(portalHome.status()).as("the portal session of A on B").isEqualTo(200);
      assertThat(new FromAddress("127.0.0.1", b.port()).get("/app/beranda", null).status())
          .as("without the session B sends to the login").isEqualTo(302);
      // per node by design (SurveyRateLimiter): A's limit does not stop B
      int acceptedOnA = surveys(a, 11);
      int acceptedOnB = surveys(b, 1);
      assertThat(acceptedOnA).isEqualTo(10);
      assertThat(acceptedOnB).as("the survey rate limit is per node (documented)").isEqualTo(1);
      System.out.println("two nodes: cycle opened on A with " + cycle.get("total") + " SKPs, served on B; "
          + onA + " planning instances (A) = " + onB + " (B) = " + skps + " SKPs; survey limit per node: A accepted "
          + acceptedOnA + "/11, then B " + acceptedOnB + "/1; a session opened on A served on B");
    }
  }

  private static int surveys(App app, int posts) {
    String valid = "{\"answers\":{\"U1\":4,\"U2\":4,\"U3\":4,\"U4\":4,\"U5\":4,\"U6\":4,\"U7\":4,\"U8\":4,\"U9\":4}}";
    int accepted = 0;
    for (int i = 0; i < posts; i++) {
      if (app.post(null, "/api/v1/public/surveys/DISDUKCAPIL-CAPIL-LAHIR", valid).statusCode() == 201) {
        accepted++;
      }
    }
    return accepted;
  }

  private static long countSkps(App app, int year) {
    long total = 0;
    for (JsonNode cycle : app.json("hr", "/api/v1/cycles")) {
      if (cycle.get("year").asInt() == year) {
        total += cycle.get("total").asLong();
      }
    }
    return total;
  }

  private static void openAndAwait(App app, int year, String unit) throws IOException {
    HttpResponse<String> opened = app.post("hr", "/api/v1/cycles",
        "{\"year\":" + year + ",\"cadence\":\"QUARTERLY\",\"unitCode\":\"" + unit + "\"}");
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(202);
    String id = JSON.readTree(opened.body()).get("id").asText();
    Pause.until(() -> app.json("hr", "/api/v1/cycles/" + id), c -> "OPEN".equals(c.get("status").asText()),
        Duration.ofSeconds(120), "cycle " + unit + " did not open");
  }

  private static long agreedSkp(App app, String owner, String reviewer, int year) throws IOException {
    long skp = Pause.until(() -> app.json(owner, "/api/v1/skp?year=" + year), l -> l.size() > 0,
        Duration.ofSeconds(60), "no SKP for " + owner).get(0).get("id").asLong();
    HttpResponse<String> draft = app.send(owner, "PUT", "/api/v1/skp/" + skp, """
        {"rhk":[{"text":"Tersusunnya modul pembelajaran SD","type":"UTAMA","weight":100,"indicators":[
          {"text":"Modul tersusun","aspect":"KUANTITAS","approach":"KUANTITATIF","target":12,"unit":"modul",
           "direction":"HIGHER_IS_BETTER"}]}]}""");
    assertThat(draft.statusCode()).as(draft.body()).isEqualTo(200);
    HttpResponse<String> submitted = app.post(owner, "/api/v1/skp/" + skp + "/submit", "");
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
    HttpResponse<String> approved = Pause.until(() -> app.post(reviewer, "/api/v1/skp/" + skp + "/review",
        "{\"decision\":\"APPROVE\"}"), r -> r.statusCode() != 409, Duration.ofSeconds(30), "no review task");
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    return skp;
  }

}
