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
 * <p>Usage: {@code Logins baseUrl hrUser hrPassword usernamesFile}.
 */
public final class Logins {

  private Logins() {
  }

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String auth = "Basic " + Base64.getEncoder().encodeToString((args[1] + ":" + args[2])
        .getBytes(StandardCharsets.UTF_8));
    List<String> users = Files.readAllLines(Path.of(args[3])).stream().filter(l -> !l.isBlank()).toList();
    HttpClient http = HttpClient.newHttpClient();
    AtomicInteger created = new AtomicInteger();
    long t0 = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<Object>> all = users.stream().map(u -> pool.<Object>submit(() -> {
      String body = "{\"profile\":{\"id\":\"" + u + "\",\"firstName\":\"Pegawai\",\"lastName\":\"" + u
          + "\",\"email\":\"" + u + "@bench.kinerja.test\"},\"credentials\":{\"password\":\"demo\"}}";
      send(http, HttpRequest.newBuilder(URI.create(base + "/engine-rest/user/create")).header("Authorization", auth)
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(), 204);
      send(http, HttpRequest.newBuilder(URI.create(base + "/engine-rest/group/pegawai/members/" + u))
          .header("Authorization", auth).PUT(HttpRequest.BodyPublishers.noBody()).build(), 204);
      created.incrementAndGet();
      return null;
    })).toList();
    for (Future<Object> f : all) {
      f.get();
    }
    pool.shutdown();
    System.out.println("logins.created=" + created.get());
    System.out.printf("logins.seconds=%.1f%n", (System.nanoTime() - t0) / 1e9);
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
