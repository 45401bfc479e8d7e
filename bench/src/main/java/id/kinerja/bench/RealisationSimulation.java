package id.kinerja.bench;

import static io.gatling.javaapi.http.HttpDsl.ByteArrayBodyPart;
import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.http.HttpDsl.StringBodyPart;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * W5: deadline-day surge. {@code clients} employees (each its own login and agreed SKP, from {@code users}, a CSV
 * {@code username,skpId,indicatorId}) all start at once and each records {@code total / clients} realisations
 * back to back; every third is {@code multipart/form-data} with a ~1 MB PDF as evidence, the others JSON. Every
 * request carries an {@code Idempotency-Key} as a retrying client would. Counts by status go to {@code out};
 * bench/run then counts the rows in PostgreSQL.
 *
 * <p>System properties: baseUrl, users, clients, total, pdf, out.
 */
public class RealisationSimulation extends Simulation {

  private final Counts counts = new Counts();
  private final String out = System.getProperty("out", "target/bench/w5-counts.properties");

  {
    String baseUrl = System.getProperty("baseUrl", "http://127.0.0.1:8080");
    int clients = Integer.getInteger("clients", 50);
    int total = Integer.getInteger("total", 1000);
    int perClient = Math.max(1, total / clients);
    byte[] pdf;
    try {
      pdf = Files.readAllBytes(Path.of(System.getProperty("pdf")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String today = LocalDate.now().toString();
    String json = "{\"indicatorId\":#{indicatorId},\"date\":\"" + today + "\",\"value\":1,"
        + "\"description\":\"realisasi hari tenggat\"}";
    ChainBuilder jsonPost = http("realisation json").post("/api/v1/skp/#{skpId}/realisations")
        .basicAuth("#{username}", "demo").header("Idempotency-Key", "#{username}-#{n}")
        .header("Content-Type", "application/json").body(StringBody(json)).check(status().saveAs("status"))
        .toChainBuilder();
    ChainBuilder filePost = http("realisation pdf").post("/api/v1/skp/#{skpId}/realisations")
        .basicAuth("#{username}", "demo").header("Idempotency-Key", "#{username}-#{n}")
        .bodyParts(StringBodyPart("indicatorId", "#{indicatorId}"), StringBodyPart("date", today),
            StringBodyPart("value", "1"), StringBodyPart("description", "realisasi dengan bukti"),
            ByteArrayBodyPart("files", pdf).fileName("bukti.pdf").contentType("application/pdf"))
        .asMultipartForm().check(status().saveAs("status")).toChainBuilder();
    ScenarioBuilder employees = scenario("deadline day").feed(csv(System.getProperty("users")).queue())
        .exec(repeat(perClient, "n").on(
            exec(session -> session.remove("status").set("t0", Counts.startNanos())),
            doIfOrElse(session -> session.getInt("n") % 3 == 2).then(filePost).orElse(jsonPost),
            exec(session -> count(session, session.getInt("n") % 3 == 2 ? "pdf" : "json"))));
    setUp(employees.injectOpen(atOnceUsers(clients))).protocols(http.baseUrl(baseUrl)
        .acceptHeader("application/json"));
  }

  private Session count(Session session, String kind) {
    int status = session.contains("status") ? session.getInt("status") : 0;
    counts.response(kind, status, session.getLong("t0"));
    return session;
  }

  @Override
  public void after() {
    counts.write("w5", out);
  }
}
