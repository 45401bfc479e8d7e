package id.kinerja.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like client of the portal: keeps the session cookie, logs in with the form, sends the CSRF token. */
final class PortalSession {

  private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");
  private static final Pattern FORM_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final String base;
  private final HttpClient client;
  private String token;

  PortalSession(int port) {
    this.base = "http://localhost:" + port;
    this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  static PortalSession loggedIn(int port, String username, String password) {
    PortalSession session = new PortalSession(port);
    HttpResponse<String> login = session.login(username, password);
    if (login.statusCode() != 302 || !login.headers().firstValue("Location").orElse("").endsWith("/app/beranda")) {
      throw new AssertionError("login of " + username + " failed: " + login.statusCode() + " " + login.headers());
    }
    return session;
  }

  HttpResponse<String> login(String username, String password) {
    get("/app/masuk");
    return post("/app/masuk", Map.of("username", username, "password", password));
  }

  HttpResponse<String> get(String path) {
    return get(path, "text/html");
  }

  HttpResponse<String> get(String path, String accept) {
    HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept)
        .GET().build());
    remember(response.body());
    return response;
  }

  HttpResponse<String> getWithLanguage(String path, String language) {
    HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
        .header("Accept-Language", language).GET().build());
    remember(response.body());
    return response;
  }

  HttpResponse<String> post(String path, Map<String, String> form) {
    String body = form.entrySet().stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
    if (token != null) {
      body = body + (body.isEmpty() ? "" : "&") + "_csrf=" + encode(token);
    }
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  /** A post without the CSRF token, as a forged cross-site form would send it. */
  HttpResponse<String> postWithoutToken(String path, Map<String, String> form) {
    String body = form.entrySet().stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  /** A multipart post with the CSRF header, as the model editors' script sends it (files: name → content). */
  HttpResponse<String> postMultipart(String path, Map<String, String> fields, Map<String, String> files) {
    String boundary = "kinerja" + System.nanoTime();
    StringBuilder body = new StringBuilder();
    fields.forEach((k, v) -> body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
        .append(k).append("\"\r\n\r\n").append(v).append("\r\n"));
    files.forEach((name, content) -> body.append("--").append(boundary)
        .append("\r\nContent-Disposition: form-data; name=\"files\"; filename=\"").append(name)
        .append("\"\r\nContent-Type: application/octet-stream\r\n\r\n").append(content).append("\r\n"));
    body.append("--").append(boundary).append("--\r\n");
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
    if (token != null) {
      request.header("X-CSRF-TOKEN", token);
    }
    return send(request.build());
  }

  private void remember(String page) {
    Matcher meta = CSRF.matcher(page);
    Matcher form = FORM_CSRF.matcher(page);
    if (meta.find()) {
      token = meta.group(1);
    } else if (form.find()) {
      token = form.group(1);
    }
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
