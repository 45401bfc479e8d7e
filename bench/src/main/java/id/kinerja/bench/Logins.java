package id.kinerja.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Gives bench employees a login the way HR would: Camunda identity users created through the engine REST API
 * ({@code POST /engine-rest/user/create} as {@code hr}) with password {@code demo}, member of group {@code pegawai}.
 *
 * <p>When the engine refuses that (Kinerja's HR group has READ on users only, decision 25, and {@code hr}'s
 * {@code camunda-admin} membership does not make it an engine administrator), the users are written by SQL into
 * {@code ACT_ID_USER}/{@code ACT_ID_MEMBERSHIP} with the engine's own password format ({@code {SHA-512}} +
 * Base64(SHA-512(password + salt))), and one login is checked over HTTP either way.
 *
 * <p>Usage: {@code Logins baseUrl hrUser hrPassword usernamesFile jdbcUrl dbUser dbPassword}.
 */
public final class Logins {

  private Logins() {
  }

  public static void main(String[] args) throws Exception {
    try {
      run(args);
    } finally {
      // a failed creation must not leave the JVM waiting on its pool threads
      System.out.flush();
    }
    System.exit(0);
  }

  private static void run(String[] args) throws Exception {
    String base = args[0];
    String auth = "Basic " + Base64.getEncoder().encodeToString((args[1] + ":" + args[2])
        .getBytes(StandardCharsets.UTF_8));
    List<String> users = Files.readAllLines(Path.of(args[3])).stream().filter(l -> !l.isBlank()).toList();
    HttpClient http = HttpClient.newHttpClient();
    AtomicInteger created = new AtomicInteger();
    long t0 = System.nanoTime();
    String method = "engine-rest";
    try {
      create(http, base, auth, users.get(0));
    } catch (IllegalStateException refused) {
      if (!refused.getMessage().contains("403")) {
        throw refused;
      }
      System.err.println("engine REST refused user creation, falling back to SQL: " + refused.getMessage());
      method = "sql (engine REST answered 403 to hr)";
    }
    if (!method.equals("engine-rest")) {
      bySql(args[4], args[5], args[6], users);
      verify(http, base, users.get(users.size() - 1));
      System.out.println("logins.created=" + users.size());
      System.out.println("logins.method=" + method);
      System.out.printf("logins.seconds=%.1f%n", (System.nanoTime() - t0) / 1e9);
      return;
    }
    created.incrementAndGet();
    List<String> rest = users.subList(1, users.size());
    ExecutorService pool = Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r);
      t.setDaemon(true);
      return t;
    });
    List<Future<Object>> all = rest.stream().map(u -> pool.<Object>submit(() -> {
      create(http, base, auth, u);
      created.incrementAndGet();
      return null;
    })).toList();
    for (Future<Object> f : all) {
      f.get();
    }
    pool.shutdown();
    verify(http, base, users.get(users.size() - 1));
    System.out.println("logins.created=" + created.get());
    System.out.println("logins.method=" + method);
    System.out.printf("logins.seconds=%.1f%n", (System.nanoTime() - t0) / 1e9);
  }

  private static void create(HttpClient http, String base, String auth, String u) {
    String body = "{\"profile\":{\"id\":\"" + u + "\",\"firstName\":\"Pegawai\",\"lastName\":\"" + u
        + "\",\"email\":\"" + u + "@bench.kinerja.test\"},\"credentials\":{\"password\":\"demo\"}}";
    send(http, HttpRequest.newBuilder(URI.create(base + "/engine-rest/user/create")).header("Authorization", auth)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(), 204);
    send(http, HttpRequest.newBuilder(URI.create(base + "/engine-rest/group/pegawai/members/" + u))
        .header("Authorization", auth).PUT(HttpRequest.BodyPublishers.noBody()).build(), 204);
  }

  private static void bySql(String url, String user, String password, List<String> users) throws Exception {
    java.security.SecureRandom random = new java.security.SecureRandom();
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, user, password);
        java.sql.PreparedStatement u = c.prepareStatement("insert into act_id_user (id_, rev_, first_, last_, email_,"
            + " pwd_, salt_) values (?, 1, 'Pegawai', ?, ?, ?, ?)");
        java.sql.PreparedStatement m = c.prepareStatement(
            "insert into act_id_membership (user_id_, group_id_) values (?, 'pegawai')")) {
      c.setAutoCommit(false);
      for (String name : users) {
        byte[] saltBytes = new byte[16];
        random.nextBytes(saltBytes);
        String salt = Base64.getEncoder().encodeToString(saltBytes);
        byte[] digest = java.security.MessageDigest.getInstance("SHA-512")
            .digest(("demo" + salt).getBytes(StandardCharsets.UTF_8));
        u.setString(1, name);
        u.setString(2, name);
        u.setString(3, name + "@bench.kinerja.test");
        u.setString(4, "{SHA-512}" + Base64.getEncoder().encodeToString(digest));
        u.setString(5, salt);
        u.addBatch();
        m.setString(1, name);
        m.addBatch();
      }
      u.executeBatch();
      m.executeBatch();
      c.commit();
    }
  }

  private static void verify(HttpClient http, String base, String u) {
    String auth = "Basic " + Base64.getEncoder().encodeToString((u + ":demo").getBytes(StandardCharsets.UTF_8));
    send(http, HttpRequest.newBuilder(URI.create(base + "/api/v1/skp?year=" + java.time.Year.now())).header("Authorization", auth).GET().build(),
        200);
  }

  private static void send(HttpClient http, HttpRequest request, int expected) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != expected) {
        throw new IllegalStateException(request.method() + " " + request.uri() + " → " + response.statusCode() + " "
            + response.body());
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
