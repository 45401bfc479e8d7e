package id.kinerja.webapp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kinerja.common.ApiException;
import id.kinerja.common.Problems;
import id.kinerja.common.Refusals;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * When a task listener refuses a form (Kinerja's {@link Refusals}), Camunda's REST answers 500 with the reason
 * inside its own English texts: "Cannot submit task form …: ENGINE-03051 There was an exception while invoking the
 * TaskListener. Message: 'Exception while invoking TaskListener: …'", and Tasklist shows exactly that. This filter
 * answers such a POST to the engine REST ({@code /engine-rest/…} and the webapps' {@code /camunda/api/engine/…})
 * with the refusal's own status and only its reasons, in the caller's language (Indonesian by default), in
 * Camunda's error format ({@code type}, {@code message}) that Tasklist and the REST clients read (decision 85).
 * Tasklist escapes the message itself; its line breaks (one reason a line) show through {@code user-styles.css}.
 */
@Component
class TaskRefusalResponses extends OncePerRequestFilter {

  static final String TYPE = "TaskRefusedException";

  private final Problems problems;
  private final LocaleResolver locales;
  private final ObjectMapper json;

  TaskRefusalResponses(Problems problems, LocaleResolver locales, ObjectMapper json) {
    this.problems = problems;
    this.locales = locales;
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = path(request);
    return !"POST".equals(request.getMethod())
        || !(path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/engine/"));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(request, buffered);
      Optional<ApiException> refusal = Refusals.of(request);
      if (buffered.getStatus() >= 400 && refusal.isPresent() && !buffered.isCommitted()) {
        ObjectNode body = json.createObjectNode();
        body.put("type", TYPE);
        body.put("message", problems.explain(refusal.get(), locales.resolveLocale(request)));
        body.put("code", 0);
        buffered.resetBuffer();
        buffered.setStatus(refusal.get().status().value());
        buffered.setContentType(MediaType.APPLICATION_JSON_VALUE);
        buffered.setCharacterEncoding("UTF-8");
        buffered.getOutputStream().write(json.writeValueAsBytes(body));
      }
    } finally {
      buffered.copyBodyToResponse();
    }
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }
}
