package id.kinerja.portal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hc.client5.http.cookie.BasicCookieStore;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.ResponseErrorHandler;
import org.springframework.web.client.RestTemplate;

/**
 * A browser without a browser for the portal's integration tests: keeps the session cookie, follows no redirect (the
 * test looks at them), sends HTML's Accept header, and posts forms with the CSRF token taken from the last page.
 */
final class PortalClient {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern CSRF_META = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"");

  private final RestTemplate rest;
  private String csrf;
  private String language;

  private PortalClient(String rootUri) {
    CloseableHttpClient client = HttpClients.custom().setDefaultCookieStore(new BasicCookieStore())
        .disableRedirectHandling().disableAutomaticRetries().build();
    this.rest = new RestTemplateBuilder().rootUri(rootUri)
        .requestFactory(() -> new HttpComponentsClientHttpRequestFactory(client))
        .errorHandler(new ResponseErrorHandler() {
          @Override
          public boolean hasError(ClientHttpResponse response) {
            return false;
          }
        }).build();
  }

  static PortalClient anonymous(String rootUri) {
    return new PortalClient(rootUri);
  }

  /** Logs in through the portal's form at /app/masuk (password {@code demo}). */
  static PortalClient loggedIn(String rootUri, String username) {
    PortalClient client = new PortalClient(rootUri);
    client.get("/app/masuk");
    ResponseEntity<String> login = client.post("/app/masuk", form("username", username, "password", "demo"));
    String location = login.getHeaders().getFirst(HttpHeaders.LOCATION);
    if (!login.getStatusCode().is3xxRedirection() || location == null || location.contains("gagal")
        || location.contains("tunggu")) {
      throw new AssertionError("login of " + username + " failed: " + login.getStatusCode() + " " + location);
    }
    return client;
  }

  static MultiValueMap<String, String> form(String... namesAndValues) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      form.add(namesAndValues[i], namesAndValues[i + 1]);
    }
    return form;
  }

  /** From now on asks in this language (Accept-Language), as a browser set to it does. */
  PortalClient inLanguage(String language) {
    this.language = language;
    return this;
  }

  ResponseEntity<String> get(String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml");
    if (language != null) {
      headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
    }
    ResponseEntity<String> response = rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    remember(response);
    return response;
  }

  /** A form post (URL-encoded) with the CSRF token of the last page. */
  ResponseEntity<String> post(String path, MultiValueMap<String, String> form) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml");
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    MultiValueMap<String, String> body = new LinkedMultiValueMap<>(form);
    if (csrf != null) {
      body.set("_csrf", csrf);
    }
    ResponseEntity<String> response = rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers),
        String.class);
    remember(response);
    return response;
  }

  /** A multipart form post (files as parts) with the CSRF token of the last page. */
  ResponseEntity<String> postMultipart(String path, MultiValueMap<String, Object> parts) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml");
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>(parts);
    if (csrf != null) {
      body.set("_csrf", csrf);
    }
    ResponseEntity<String> response = rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers),
        String.class);
    remember(response);
    return response;
  }

  private void remember(ResponseEntity<String> response) {
    if (response.getBody() == null) {
      return;
    }
    Matcher hidden = CSRF.matcher(response.getBody());
    Matcher meta = CSRF_META.matcher(response.getBody());
    if (hidden.find()) {
      csrf = hidden.group(1);
    } else if (meta.find()) {
      csrf = meta.group(1);
    }
  }
}
