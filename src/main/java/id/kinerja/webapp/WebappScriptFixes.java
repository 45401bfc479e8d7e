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
 * Small corrections to the Camunda 7.24 webapp scripts, applied as they are served (Camunda 7 CE has had its
 * last release: no upstream fix will come). If an expression is not found (another version), the script is served
 * unchanged and a warning is logged. They are exercised by KeycloakBrowserIT and TasklistBrowserIT.
 * <ol>
 *   <li><b>Form validity (Tasklist).</b> Camunda Forms reports the errors of fields inside a dynamic list (RHK,
 *   indicators) as one entry per field holding an array per row, empty when the row is valid
 *   ({@code {"Select_5":[[]]}}); Tasklist counts the entries instead of the messages, so after the first change in
 *   a list "Selesaikan" stayed disabled for good although form-js accepts the form. Now the messages are counted.</li>
 *   <li><b>After logout, reload (all webapps).</b> The webapps switch to their own login form after logging out,
 *   without asking the server. With single sign-on that form cannot be used; reloading the page instead lets the
 *   server decide: Keycloak's login page (profile keycloak) or the webapp's own login form (embedded default).</li>
 *   <li><b>End-of-life banner for administrators only (all webapps).</b> The header shows every user, on the login
 *   page too, "Camunda 7 Community Edition telah merilis versi terakhirnya …": news for whoever runs the
 *   application, not for civil servants. It now shows only for a user who may open Admin (decision 86).</li>
 *   <li><b>Process name → portal (Tasklist).</b> The link beside the process name inside a task led to Cockpit,
 *   which refuses employees; it now leads to {@code /app/proses/{id}} ({@link InstanceLinkController}), the portal
 *   page of that SKP or evaluation (decision 86).</li>
 *   <li><b>Start-form variables (Tasklist).</b> Tasklist loads the variables of a task form, never of a start form:
 *   a start form could not be prefilled nor take a choice list from the server. Now it asks
 *   {@code GET process-definition/{id}/form-variables} too ({@code cycle.process.CycleStartFormHandler}).</li>
 *   <li><b>Link after a start (Tasklist).</b> "Proses telah dimulai" now links to {@code /app/proses/{id}} and stays
 *   15 s: after "Buka periode penilaian", the cycle's opening progress. The text is our own translation, its
 *   one parameter escaped by Tasklist's translation ({@code escapeParameters}), so it is shown as HTML.</li>
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

  private static final String ONLY_FOR_ADMINS = "isCommunityEdition=!1,%1$s.$watch(\"authentication\","
      + "function(a){%1$s.isCommunityEdition=!!(a&&a.authorizedApps&&a.authorizedApps.indexOf(\"admin\")>=0)}),";

  static final ScriptFix EOL_BANNER = new ScriptFix("end-of-life banner for administrators only",
      List.of("/camunda/app/tasklist/camunda-tasklist-bootstrap.js", "/camunda/app/cockpit/camunda-cockpit-bootstrap.js",
          "/camunda/app/welcome/camunda-welcome-bootstrap.js"),
      "e.isCommunityEdition=!0,", "e." + ONLY_FOR_ADMINS.formatted("e"));

  static final ScriptFix EOL_BANNER_ADMIN = new ScriptFix("end-of-life banner for administrators only (Admin)",
      List.of("/camunda/app/admin/camunda-admin-bootstrap.js"),
      "t.isCommunityEdition=!0,", "t." + ONLY_FOR_ADMINS.formatted("t"));

  static final ScriptFix INSTANCE_LINK = new ScriptFix("process name links to the portal, not Cockpit",
      List.of("/camunda/app/tasklist/camunda-tasklist-bootstrap.js"),
      "var s=u.appUri(\"cockpitbase://:engine/#/\"+a+\"/\"+r);o&&(s+=\"/runtime?rootElement=\"+o),",
      "var s=document.querySelector(\"base\").getAttribute(\"app-root\").replace(/\\/[^\\/]*$/,\"\")"
          + "+(\"process-instance\"===a?\"/app/proses/\"+encodeURIComponent(r):\"" + PortalPageOfInstance.HOME
          + "\");");

  static final ScriptFix START_FORM_VARIABLES = new ScriptFix("start forms get their start-form variables",
      List.of("/camunda/app/tasklist/camunda-tasklist-bootstrap.js"),
      "var _=function(){if(y)return m.formVariables(",
      "var _=function(){if(!y&&h.getParams().processDefinitionId)return g.formVariables({id:h.getParams()"
          + ".processDefinitionId,deserializeValues:!1}).then((function(e){E=e})).catch((function(){}));"
          + "if(y)return m.formVariables(");

  static final ScriptFix STARTED_LINK = new ScriptFix("a started process links to its portal page",
      List.of("/camunda/app/tasklist/camunda-tasklist-bootstrap.js"),
      "n(\"PROCESS_START_OK\").then((function(e){s.addMessage({duration:3e3,status:e})}))",
      "n(\"PROCESS_START_OK\",{tautan:document.querySelector(\"base\").getAttribute(\"app-root\")"
          + ".replace(/\\/[^\\/]*$/,\"\")+\"/app/proses/\"+encodeURIComponent(r.id)})"
          + ".then((function(e){s.addMessage({duration:15e3,status:e,unsafe:!0})}))");

  static final List<ScriptFix> FIXES = List.of(FORM_VALIDITY, RELOAD_AFTER_LOGOUT, EOL_BANNER, EOL_BANNER_ADMIN,
      INSTANCE_LINK, START_FORM_VARIABLES, STARTED_LINK);

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
