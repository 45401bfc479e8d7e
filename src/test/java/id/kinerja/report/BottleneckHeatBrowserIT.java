package id.kinerja.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.support.Chromium;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The heat view of {@code /app/dasbor/hambatan} in Debian's headless Chromium, on the scripted 2025 cycle: the head
 * of Dinas Pendidikan sees skp-planning's diagram with a count on "Susun SKP" equal to its row in the table under it,
 * every counted step shaded, nothing refused by the Content-Security-Policy, on a desk and on a phone (390×844), and
 * axe-core finds nothing serious. Screenshots under target/screenshots/dasbor/.
 */
class BottleneckHeatBrowserIT extends ReportScenario {

  private static final Path SHOTS = Paths.get("target", "screenshots", "dasbor");

  @LocalServerPort
  int port;

  @BeforeEach
  void needsChromium() {
    Assumptions.assumeTrue(Chromium.installed(), "Chromium is not installed (" + Chromium.BROWSER + ", "
        + Chromium.DRIVER + "): apt-get install chromium chromium-driver");
  }

  @Test
  void aHeadSeesWhereInstancesWaitOnTheDiagram() {
    annualCycle();
    for (int[] size : new int[][] {{1280, 1100}, {390, 844}}) {
      try (Chromium browser = Chromium.open(SHOTS, size[0], size[1])) {
        browser.logInToPortal("http://localhost:" + port, "kadisdik", PASSWORD);
        browser.go("http://localhost:" + port + "/app/dasbor/hambatan");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> "true".equals(js(browser)
            .executeScript("return document.body.dataset.petaSiap;")));
        Object drawn = js(browser).executeScript(
            "return document.getElementById('peta-skp-planning').dataset.drawn;");
        assertThat(drawn).as("steps counted on the diagram").isNotNull().isNotEqualTo("error").isNotEqualTo("0");
        @SuppressWarnings("unchecked")
        Map<String, Object> susun = (Map<String, Object>) js(browser).executeScript(
            "var f = document.getElementById('peta-skp-planning');"
            + "var badge = f.querySelector('.lencana-panas[data-activity=SusunSkp]');"
            + "var row = f.querySelector('tr[data-activity=SusunSkp]');"
            + "return { badge: badge && badge.textContent, row: row && row.children[1].textContent,"
            + " shaded: f.querySelectorAll('.djs-element[class*=panas-]').length };");
        assertThat(susun.get("badge")).as("the count on Susun SKP").isNotNull().isEqualTo(susun.get("row"));
        assertThat(((Number) susun.get("shaded")).intValue()).isEqualTo(Integer.parseInt((String) drawn));
        assertThat(cspRefusals(browser)).as("nothing refused by the Content-Security-Policy").isEmpty();
        browser.assertAccessible("/app/dasbor/hambatan (" + size[0] + ")");
        js(browser).executeScript("document.getElementById('peta-skp-planning').scrollIntoView();");
        browser.screenshot("dasbor-08-peta-hambatan-" + size[0]);
      }
    }
  }

  private static JavascriptExecutor js(Chromium browser) {
    return (JavascriptExecutor) browser.driver();
  }

  private static List<String> cspRefusals(Chromium browser) {
    return browser.driver().manage().logs().get("browser").getAll().stream()
        .map(e -> e.getMessage()).filter(m -> m.contains("Content Security Policy")).toList();
  }
}
