package id.kinerja.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class WebappScriptFixesTest {

  private static final String TASKLIST = "/camunda/app/tasklist/camunda-tasklist-bootstrap.js";
  private static final String COCKPIT = "/camunda/app/cockpit/camunda-cockpit-bootstrap.js";
  private static final String VALIDATION = "v.on(\"changed\",(function(e){h.notifyFormDirty(!0);"
      + WebappScriptFixes.FORM_VALIDITY.buggy() + "h.notifyFormValidated(t)}))";
  private static final String LOGOUT = "o.defaultPrevented||(e.get(\"$http\")."
      + WebappScriptFixes.RELOAD_AFTER_LOGOUT.buggy() + "}))";

  @Test
  void tasklistCountsErrorMessagesAndReloadsAfterLogout() throws Exception {
    MockHttpServletResponse response = serve(TASKLIST, VALIDATION + ";" + LOGOUT);

    String served = response.getContentAsString(StandardCharsets.UTF_8);
    assertThat(served).isEqualTo("v.on(\"changed\",(function(e){h.notifyFormDirty(!0);"
        + WebappScriptFixes.FORM_VALIDITY.fixed() + "h.notifyFormValidated(t)}));"
        + "o.defaultPrevented||(e.get(\"$http\")." + WebappScriptFixes.RELOAD_AFTER_LOGOUT.fixed() + "}))");
    assertThat(response.getContentLength()).isEqualTo(served.getBytes(StandardCharsets.UTF_8).length);
  }

  @Test
  void cockpitGetsOnlyTheLogoutFix() throws Exception {
    String served = serve(COCKPIT, VALIDATION + ";" + LOGOUT).getContentAsString(StandardCharsets.UTF_8);

    assertThat(served).contains(WebappScriptFixes.FORM_VALIDITY.buggy())
        .contains(WebappScriptFixes.RELOAD_AFTER_LOGOUT.fixed());
  }

  @Test
  void otherFilesAndOtherVersionsPassUnchanged() throws Exception {
    assertThat(serve("/camunda/app/tasklist/scripts/config.js", LOGOUT).getContentAsString(StandardCharsets.UTF_8))
        .isEqualTo(LOGOUT);
    assertThat(serve(TASKLIST, "var other=1;").getContentAsString(StandardCharsets.UTF_8)).isEqualTo("var other=1;");
  }

  @Test
  void everyFixFindsItsTextOnceInTheShippedWebappScripts() throws Exception {
    for (WebappScriptFixes.ScriptFix fix : WebappScriptFixes.FIXES) {
      for (String script : fix.scripts()) {
        String shipped = shipped(script);
        assertThat(shipped.split(java.util.regex.Pattern.quote(fix.buggy()), -1)).as(fix.why() + " in " + script)
            .hasSize(2);
        String served = serve(script, shipped).getContentAsString(StandardCharsets.UTF_8);
        assertThat(served).as(fix.why() + " in " + script).doesNotContain(fix.buggy()).contains(fix.fixed());
      }
    }
  }

  @Test
  void tasklistLinksTheProcessToThePortalAndShowsTheEndOfLifeBannerOnlyToAdministrators() throws Exception {
    String served = serve(TASKLIST, shipped(TASKLIST)).getContentAsString(StandardCharsets.UTF_8);

    assertThat(served).doesNotContain("cockpitbase://:engine/#/")
        .contains("\"/app/proses/\"+encodeURIComponent(r)")
        .contains("isCommunityEdition=!1")
        .doesNotContain("isCommunityEdition=!0")
        .contains("authorizedApps.indexOf(\"admin\")>=0");
  }

  private static String shipped(String uri) throws java.io.IOException {
    String resource = "META-INF/resources/webjars" + uri;
    try (java.io.InputStream in = WebappScriptFixesTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static MockHttpServletResponse serve(String uri, String body) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
    MockHttpServletResponse response = new MockHttpServletResponse();
    FilterChain chain = (req, res) -> {
      res.setContentType("application/javascript");
      res.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    };
    new WebappScriptFixes().doFilter(request, response, chain);
    return response;
  }
}
