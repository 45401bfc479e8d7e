package id.kinerja.tasklist;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Works around a Tasklist 7.24 bug that would leave "Complete" disabled on our SKP forms. Camunda Forms reports the
 * errors of fields inside a dynamic list (RHK, indicators) as one entry per field holding an array per row, empty
 * when the row is valid ({@code {"Select_5":[[]]}}); Tasklist counts the entries instead of the messages, so after
 * the first change in a list the form counts as invalid for good, although form-js itself accepts it. This filter
 * changes that one expression of the served Tasklist script to count messages. Camunda 7 CE has had its last
 * release, so no upstream fix will come; if the expression is not found (another version), the script is served
 * unchanged and a warning is logged. Verified by KeycloakBrowserIT (an SKP filled in Tasklist is completed).
 */
@Component
class TasklistFormValidityFix extends OncePerRequestFilter {

  static final String SCRIPT = "/camunda/app/tasklist/camunda-tasklist-bootstrap.js";
  static final String BUGGY = "var t=!!Object.keys(e.errors).length;";
  static final String FIXED =
      "var t=Object.keys(e.errors).some(function(k){return[].concat(e.errors[k]).flat(1/0).length>0});";

  private static final Logger log = LoggerFactory.getLogger(TasklistFormValidityFix.class);

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !SCRIPT.equals(request.getRequestURI());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, buffered);
    if (buffered.getStatus() == HttpServletResponse.SC_OK) {
      String script = new String(buffered.getContentAsByteArray(), StandardCharsets.UTF_8);
      if (script.contains(BUGGY)) {
        buffered.resetBuffer();
        buffered.getOutputStream().write(script.replace(BUGGY, FIXED).getBytes(StandardCharsets.UTF_8));
      } else if (!script.contains(FIXED)) {
        log.warn("Tasklist script changed: the form-validity fix was not applied ({})", SCRIPT);
      }
    }
    buffered.copyBodyToResponse();
  }
}
