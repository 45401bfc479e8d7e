package id.kinerja.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * W4: public survey posts ({@code POST /api/v1/public/surveys/{unit}}) as citizens send them: every post a new
 * virtual user with its own connection, from its own loopback source address (127.1.x.y, round robin over
 * {@code addresses}), so Kinerja's per-address limit (10 per minute) applies as it does in real life and is not
 * hit as long as addresses × 10 per minute exceeds the throughput. A closed model: {@code concurrency} posts in
 * flight at any time for {@code seconds}; the throughput is what the server sustains.
 *
 * <p>System properties: baseUrl, unit, concurrency, seconds, addresses, out (key=value counts by status).
 */
public class SurveySimulation extends Simulation {

  private final Counts counts = new Counts();
  private final String out = System.getProperty("out", "target/bench/w4-counts.properties");

  {
    String baseUrl = System.getProperty("baseUrl", "http://127.0.0.1:8080");
    String unit = System.getProperty("unit", "DISDUKCAPIL-DAFDUK-KTP");
    int concurrency = Integer.getInteger("concurrency", 50);
    int seconds = Integer.getInteger("seconds", 30);
    int addresses = Integer.getInteger("addresses", 5000);
    List<String> local = new ArrayList<>();
    for (int i = 0; i < addresses; i++) {
      local.add("127.1." + (i / 250) + "." + (i % 250 + 1));
    }
    HttpProtocolBuilder protocol = http.baseUrl(baseUrl).localAddresses(local).acceptHeader("application/json")
        .contentTypeHeader("application/json");
    String body = "{\"answers\":{\"U1\":4,\"U2\":3,\"U3\":4,\"U4\":4,\"U5\":3,\"U6\":4,\"U7\":4,\"U8\":3,\"U9\":4},"
        + "\"profile\":{\"ageGroup\":\"30-39\",\"sex\":\"P\",\"education\":\"SMA\",\"occupation\":\"WIRAUSAHA\"}}";
    ScenarioBuilder citizens = scenario("survey")
        .exec(session -> session.set("t0", Counts.startNanos()))
        .exec(http("survey post").post("/api/v1/public/surveys/" + unit).body(StringBody(body))
            .check(status().saveAs("status")))
        .exec(session -> {
          counts.response("", session.contains("status") ? session.getInt("status") : 0, session.getLong("t0"));
          return session;
        });
    setUp(citizens.injectClosed(constantConcurrentUsers(concurrency).during(Duration.ofSeconds(seconds))))
        .protocols(protocol);
  }

  @Override
  public void after() {
    counts.write("w4", out);
  }
}
