package id.kinerja.webapp;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Two small corrections to the Camunda 7.24 webapp scripts, applied as they are served (Camunda 7 CE has had its
 * last release: no upstream fix will come). If an expression is not found (another version), the script is served
 * unchanged and a warning is logged. Both are exercised by KeycloakBrowserIT.
 * <ol>
 *   <li><b>Form validity (Tasklist).</b> Camunda Forms reports the errors of fields inside a dynamic list (RHK,
 *   indicators) as one entry per field holding an array per row, empty when the row is valid
 *   ({@code {"Select_5":[[]]}}); Tasklist counts the entries instead of the messages, so after the first change in
 *   a list "Selesaikan" stayed disabled for good although form-js accepts the form. Now the messages are counted.</li>
 *   <li><b>After logout, reload (all webapps).</b> The webapps switch to their own login form after logging out,
 *   without asking the server. With single sign-on that form cannot be used; reloading the page instead lets the
 *   server decide: Keycloak's login page (profile keycloak) or the webapp's own login form (embedded default).</li>
 * </ol>
 */
@Component
class WebappScriptFixes extends OncePerRequestFilter {

  record ScriptFix(String why, List<String> scripts, String buggy, String fixed) {
  }

  static final ScriptFix FORM_VALIDITY = new ScriptFix("count form error messages, not entries",
      List.of("/camunda/app/tasklist/camunda-tasklist-bootstrap.js"),
      "var t=!!Object.keys(e.errors).length;",
      "var t=Object.keys(e.errors).some(function(k){return[].concat(e.errors[k]).flat(1/0).length>0});");

  static final ScriptFix RELOAD_AFTER_LOGOUT = new ScriptFix("reload after logout",
      List.of("/camunda/app/tasklist/camunda-tasklist-bootstrap.js", "/camunda/app/cockpit/camunda-cockpit-bootstrap.js",
          "/camunda/app/admin/camunda-admin-bootstrap.js", "/camunda/app/welcome/camunda-welcome-bootstrap.js"),
      "removeAll(),n.url(\"/login\"))",
      "removeAll(),window.location.reload())");

  static final List<ScriptFix> FIXES = List.of(FORM_VALIDITY, RELOAD_AFTER_LOGOUT);

  private static final Logger log = LoggerFactory.getLogger(WebappScriptFixes.class);

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String uri = request.getRequestURI();
    return FIXES.stream().noneMatch(fix -> fix.scripts().contains(uri));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, buffered);
    if (buffered.getStatus() == HttpServletResponse.SC_OK) {
      String uri = request.getRequestURI();
      String script = new String(buffered.getContentAsByteArray(), StandardCharsets.UTF_8);
      String fixedScript = script;
      for (ScriptFix fix : FIXES) {
        if (!fix.scripts().contains(uri)) {
          continue;
        }
        if (fixedScript.contains(fix.buggy())) {
          fixedScript = fixedScript.replace(fix.buggy(), fix.fixed());
        } else if (!fixedScript.contains(fix.fixed())) {
          log.warn("Webapp script changed: '{}' not applied to {}", fix.why(), uri);
        }
      }
      if (!fixedScript.equals(script)) {
        buffered.resetBuffer();
        buffered.getOutputStream().write(fixedScript.getBytes(StandardCharsets.UTF_8));
      }
    }
    buffered.copyBodyToResponse();
  }
}
