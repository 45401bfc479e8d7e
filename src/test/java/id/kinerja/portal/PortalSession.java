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

/**
 * A browser without a browser for the portal's integration tests: keeps the session cookie, follows no redirect (the
 * test looks at them), sends HTML's Accept header, logs in with the form at /app/masuk and sends the CSRF token taken
 * from the last page (as the form's {@code _csrf} field, or as the header the model editors' script sends).
 */
final class PortalSession {

  private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");
  private static final Pattern FORM_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final String base;
  private final HttpClient client;
  private String token;

  PortalSession(int port) {
    this("http://localhost:" + port);
  }

  /** A session against the application at this root URI (as {@code TestRestTemplate.getRootUri()} gives it). */
  PortalSession(String rootUri) {
    this.base = rootUri;
    this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  static PortalSession loggedIn(int port, String username, String password) {
    return loggedIn(new PortalSession(port), username, password);
  }

  static PortalSession loggedIn(String rootUri, String username, String password) {
    return loggedIn(new PortalSession(rootUri), username, password);
  }

  private static PortalSession loggedIn(PortalSession session, String username, String password) {
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
    return multipart(path, fields, "files", files, "application/json", false);
  }

  /**
   * A multipart form post as a browser sends the page's upload form: the fields, the file in the named part, the
   * CSRF token of the last page as the {@code _csrf} field.
   */
  HttpResponse<String> postFile(String path, Map<String, String> fields, String filePart, String fileName,
      String content) {
    return multipart(path, fields, filePart, Map.of(fileName, content), "text/html", true);
  }

  private HttpResponse<String> multipart(String path, Map<String, String> fields, String filePart,
      Map<String, String> files, String accept, boolean tokenAsField) {
    String boundary = "kinerja" + System.nanoTime();
    StringBuilder body = new StringBuilder();
    Map<String, String> all = new java.util.LinkedHashMap<>(fields);
    if (tokenAsField && token != null) {
      all.put("_csrf", token);
    }
    all.forEach((k, v) -> body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
        .append(k).append("\"\r\n\r\n").append(v).append("\r\n"));
    files.forEach((name, content) -> body.append("--").append(boundary)
        .append("\r\nContent-Disposition: form-data; name=\"").append(filePart).append("\"; filename=\"")
        .append(name).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n").append(content)
        .append("\r\n"));
    body.append("--").append(boundary).append("--\r\n");
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
    if (!tokenAsField && token != null) {
      request.header("X-CSRF-TOKEN", token);
    }
    HttpResponse<String> response = send(request.build());
    if (tokenAsField) {
      remember(response.body());
    }
    return response;
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
