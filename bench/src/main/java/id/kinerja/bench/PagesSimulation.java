package id.kinerja.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * W2 and W7: read-only pages and queries, closed model. {@code concurrency} users at once, each logging in once
 * (HTTP Basic for {@code /api} and {@code /engine-rest}; the portal's form login with its CSRF token for
 * {@code /app}), the requests in turn untimed for {@code warmup} seconds (the JIT and the first-use class loading
 * of a freshly started jar), then timed for {@code seconds}. Every
 * request is timed under its name; a response other than 200 (or a portal page that is the login page) counts as
 * an error under its status.
 *
 * <p>System properties: baseUrl, user, password, auth ({@code basic} or {@code portal}), requests (entries
 * {@code name|METHOD|path[|json body]} separated by {@code ;;}), concurrency, seconds, warmup, prefix, out.
 */
public class PagesSimulation extends Simulation {

  private final Counts counts = new Counts();
  private final String out = System.getProperty("out", "target/bench/pages-counts.properties");
  private final String prefix = System.getProperty("prefix", "pages");

  {
    String baseUrl = System.getProperty("baseUrl", "http://127.0.0.1:8080");
    String user = System.getProperty("user");
    String password = System.getProperty("password", "demo");
    boolean portal = "portal".equals(System.getProperty("auth", "basic"));
    int concurrency = Integer.getInteger("concurrency", 10);
    int seconds = Integer.getInteger("seconds", 20);
    int warmup = Integer.getInteger("warmup", 10);
    List<ChainBuilder> warm = new ArrayList<>();
    List<ChainBuilder> timed = new ArrayList<>();
    for (String entry : System.getProperty("requests").split(";;")) {
      String[] part = entry.trim().split("\\|", 4);
      String name = part[0];
      warm.add(request(name + " (warm-up)", part, portal, user, password).toChainBuilder());
      timed.add(exec(session -> session.remove("status").set("t0", Counts.startNanos()))
          .exec(request(name, part, portal, user, password))
          .exec(session -> count(session, name)));
    }
    ChainBuilder login = portal
        ? exec(http("login page").get("/app/masuk").check(regex("name=\"_csrf\" value=\"([^\"]+)\"").saveAs("csrf")))
            .exec(http("login").post("/app/masuk").formParam("username", user).formParam("password", password)
                .formParam("_csrf", "#{csrf}").check(status().is(200)))
        : exec(session -> session);
    ScenarioBuilder readers = scenario(prefix).exec(login).exec(during(warmup).on(exec(warm)))
        .exec(during(seconds).on(exec(timed)));
    setUp(readers.injectOpen(atOnceUsers(concurrency))).protocols(http.baseUrl(baseUrl)
        .acceptHeader(portal ? "text/html" : "application/json").acceptLanguageHeader("id"));
  }

  private static HttpRequestActionBuilder request(String name, String[] part, boolean portal, String user,
      String password) {
    HttpRequestActionBuilder request = "POST".equals(part[1])
        ? http(name).post(part[2]).header("Content-Type", "application/json")
            .body(StringBody(part.length > 3 ? part[3] : "{}"))
        : http(name).get(part[2]);
    if (!portal) {
      request = request.basicAuth(user, password);
    }
    // a portal page that answers the login form means the session was lost: not a 200 for us
    return request.check(status().saveAs("status"),
        regex("id=\"password\"").count().saveAs("loginForms"));
  }

  private Session count(Session session, String kind) {
    int status = session.contains("status") ? session.getInt("status") : 0;
    if (status == 200 && session.contains("loginForms") && session.getInt("loginForms") > 0) {
      status = 401;
    }
    counts.response(kind, status, session.getLong("t0"));
    return session.remove("loginForms");
  }

  @Override
  public void after() {
    counts.write(prefix, out);
  }
}
