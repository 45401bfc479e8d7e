package id.kinerja.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class TasklistFormValidityFixTest {

  private static final String SCRIPT_BODY =
      "v.on(\"changed\",(function(e){h.notifyFormDirty(!0);" + TasklistFormValidityFix.BUGGY
          + "h.notifyFormValidated(t)}))";

  @Test
  void theTasklistScriptCountsErrorMessagesInsteadOfErrorEntries() throws Exception {
    MockHttpServletResponse response = serve(TasklistFormValidityFix.SCRIPT, SCRIPT_BODY);

    String served = response.getContentAsString(StandardCharsets.UTF_8);
    assertThat(served).doesNotContain(TasklistFormValidityFix.BUGGY).contains(TasklistFormValidityFix.FIXED)
        .startsWith("v.on(\"changed\"").endsWith("h.notifyFormValidated(t)}))");
    assertThat(response.getContentLength()).isEqualTo(served.getBytes(StandardCharsets.UTF_8).length);
  }

  @Test
  void otherFilesAndOtherVersionsPassUnchanged() throws Exception {
    assertThat(serve("/camunda/app/cockpit/camunda-cockpit-bootstrap.js", SCRIPT_BODY)
        .getContentAsString(StandardCharsets.UTF_8)).isEqualTo(SCRIPT_BODY);
    assertThat(serve(TasklistFormValidityFix.SCRIPT, "var other=1;")
        .getContentAsString(StandardCharsets.UTF_8)).isEqualTo("var other=1;");
  }

  private static MockHttpServletResponse serve(String uri, String body) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
    MockHttpServletResponse response = new MockHttpServletResponse();
    FilterChain chain = (req, res) -> {
      res.setContentType("application/javascript");
      res.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    };
    new TasklistFormValidityFix().doFilter(request, response, chain);
    return response;
  }
}
