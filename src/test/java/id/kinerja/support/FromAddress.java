package id.kinerja.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 requests from a chosen loopback address (127.0.0.2, 127.0.0.3 …), so that a test can be several clients
 * without trusting any proxy header. Keeps the cookies it is given (a webapp session with its XSRF token).
 */
public final class FromAddress {

  private final String address;
  private final int port;
  private final Map<String, String> cookies = new LinkedHashMap<>();

  public FromAddress(String address, int port) {
    this.address = address;
    this.port = port;
  }

  /** A client of another server (another node) that sends this one's cookies, e.g. its session. */
  public FromAddress withCookiesOn(int otherPort) {
    FromAddress other = new FromAddress(address, otherPort);
    other.cookies.putAll(cookies);
    return other;
  }

  public record Response(int status, Map<String, List<String>> headers, String body) {
    public String header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null ? null : values.get(0);
    }
  }

  public static String basic(String username, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  public Response get(String path, String authorization) {
    return send("GET", path, authorization, null, null);
  }

  /** Camunda's webapp login form, with the session's XSRF token (fetched first if there is none yet). */
  public Response webappLogin(String username, String password) {
    if (!cookies.containsKey("XSRF-TOKEN")) {
      send("GET", "/camunda/app/tasklist/default/", null, null, null);
    }
    String form = "username=" + java.net.URLEncoder.encode(username, StandardCharsets.UTF_8)
        + "&password=" + java.net.URLEncoder.encode(password, StandardCharsets.UTF_8);
    return send("POST", "/camunda/api/admin/auth/user/default/login/tasklist", null,
        "application/x-www-form-urlencoded", form);
  }

  public Response send(String method, String path, String authorization, String contentType, String body) {
    return send(method, path, authorization, contentType, body, Map.of());
  }

  /** The portal's CSRF token of this session (from the meta tag of a portal page); null when not logged in. */
  public String portalCsrfToken() {
    Response page = send("GET", "/app/beranda", null, null, null);
    java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"")
        .matcher(page.body());
    return token.find() ? token.group(1) : null;
  }

  public Response send(String method, String path, String authorization, String contentType, String body,
      Map<String, String> extraHeaders) {
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    StringBuilder request = new StringBuilder()
        .append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
        .append("Host: localhost:").append(port).append("\r\n")
        .append("Connection: close\r\n")
        .append("Accept: application/json, text/plain, */*\r\n");
    if (authorization != null) {
      request.append("Authorization: ").append(authorization).append("\r\n");
    }
    if (!cookies.isEmpty()) {
      request.append("Cookie: ").append(String.join("; ",
          cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList())).append("\r\n");
      if (cookies.containsKey("XSRF-TOKEN")) {
        request.append("X-XSRF-TOKEN: ").append(cookies.get("XSRF-TOKEN")).append("\r\n");
      }
    }
    if (contentType != null) {
      request.append("Content-Type: ").append(contentType).append("\r\n");
    }
    extraHeaders.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
    if (body != null || !"GET".equals(method)) {
      request.append("Content-Length: ").append(content.length).append("\r\n");
    }
    request.append("\r\n");
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
      socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 5000);
      socket.setSoTimeout(30000);
      socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().write(content);
      socket.getOutputStream().flush();
      return read(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Response read(InputStream in) throws IOException {
    byte[] all = in.readAllBytes();
    String text = new String(all, StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    String[] lines = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = lines[i].substring(colon + 1).trim();
      headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
      if (name.equals("set-cookie")) {
        String pair = value.split(";", 2)[0];
        int eq = pair.indexOf('=');
        cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
      }
    }
    String body = text.substring(end + 4);
    List<String> encoding = headers.get("transfer-encoding");
    if (encoding != null && encoding.get(0).contains("chunked")) {
      body = unchunk(body);
    }
    return new Response(status, headers, body);
  }

  private static String unchunk(String chunked) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] bytes = chunked.getBytes(StandardCharsets.UTF_8);
    int i = 0;
    while (i < bytes.length) {
      int lineEnd = indexOf(bytes, i);
      if (lineEnd < 0) {
        break;
      }
      int size = Integer.parseInt(new String(bytes, i, lineEnd - i, StandardCharsets.ISO_8859_1).split(";")[0].trim(),
          16);
      if (size == 0) {
        break;
      }
      out.write(bytes, lineEnd + 2, size);
      i = lineEnd + 2 + size + 2;
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static int indexOf(byte[] bytes, int from) {
    for (int i = from; i < bytes.length - 1; i++) {
      if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
