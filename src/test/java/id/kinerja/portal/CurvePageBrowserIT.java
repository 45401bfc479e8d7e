package id.kinerja.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.evaluation.DistributionCurve;
import id.kinerja.evaluation.DistributionCurves;
import id.kinerja.evaluation.OrganisationPredikat;
import id.kinerja.evaluation.Predikat;
import id.kinerja.support.Chromium;
import id.kinerja.support.OwnGovernment;
import id.kinerja.support.PostgresIntegrationTest;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * HR edits the distribution curve on a phone (390×844) in Debian's headless Chromium, and the next curve check follows
 * it: a cycle of a government of its own (KRV) is out of the curve with 8 of 10 SANGAT_BAIK in an ISTIMEWA
 * organisation (at most 70%); HR raises the bound to 80% on {@code /app/admin/kurva}, the form keeps every other rule
 * as it was, and once the cycle's annual evaluation opens the same figures pass. A bad number is shown with its rule.
 * axe-core finds nothing serious. Screenshots under target/screenshots/admin/.
 */
class CurvePageBrowserIT extends PostgresIntegrationTest {

  private static final Path SHOTS = Paths.get("target", "screenshots", "admin");
  private static final Map<Predikat, Integer> EIGHT_OF_TEN = Map.of(Predikat.SANGAT_BAIK, 8, Predikat.BAIK, 2);

  @LocalServerPort
  int port;
  @Autowired
  DistributionCurves curves;
  @Autowired
  IdentityService identity;

  @BeforeEach
  void needsChromium() {
    Assumptions.assumeTrue(Chromium.installed(), "Chromium is not installed (" + Chromium.BROWSER + ", "
        + Chromium.DRIVER + "): apt-get install chromium chromium-driver");
  }

  @Test
  void hrRaisesABoundOnAPhoneAndTheNextCurveCheckFollowsIt() {
    DistributionCurves.CurveVersionView before = curves.current();
    assertThat(before.rules().get(OrganisationPredikat.ISTIMEWA).get(0).atMostPercent())
        .as("the seeded curve: ISTIMEWA at most 70% SANGAT_BAIK").isEqualByComparingTo("70");
    OwnGovernment krv = OwnGovernment.build(this, identity, "KRV", "197401012002011094", "198401012010011095",
        "199301012018011096");
    long cycle = openCycle("\"year\":2027,\"cadence\":\"ANNUAL\",\"unitCode\":\"" + krv.seksi() + "\"");
    assertThat(curves.check(cycle, OrganisationPredikat.ISTIMEWA, EIGHT_OF_TEN)).as("out of the curve").hasSize(1);
    try (Chromium phone = Chromium.open(SHOTS, 390, 844)) {
      phone.logInToPortal(base(), "hr", PASSWORD);
      phone.go(base() + "/app/admin/kurva");
      phone.awaitText("Kurva distribusi");
      assertThat(phone.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("id");
      phone.assertAccessible("/app/admin/kurva");
      ((org.openqa.selenium.JavascriptExecutor) phone.driver()).executeScript(
          "document.getElementById('org-BAIK').scrollIntoView();");
      phone.screenshot("kurva-01-ponsel");

      WebElement atMost = phone.await(By.id("r-ISTIMEWA-0-atMost"));
      atMost.sendKeys(Keys.chord(Keys.CONTROL, "a"), "delapan puluh");
      phone.driver().findElement(By.id("alasan")).sendKeys("ISTIMEWA paling banyak 80% (uji peramban)");
      phone.click(By.cssSelector("#form-kurva button[type=submit]"));
      assertThat(phone.await(By.id("galat-kurva")).getText()).contains("Organisasi Istimewa, aturan 1:",
          "bukan angka");
      phone.assertAccessible("/app/admin/kurva (ditolak)");
      phone.screenshot("kurva-02-ditolak-ponsel");
      assertThat(curves.current().version()).as("nothing stored").isEqualTo(before.version());

      atMost = phone.await(By.id("r-ISTIMEWA-0-atMost"));
      atMost.sendKeys(Keys.chord(Keys.CONTROL, "a"), "80");
      phone.click(By.cssSelector("#form-kurva button[type=submit]"));
      phone.awaitText("Kurva tersimpan sebagai versi " + (before.version() + 1));
      phone.screenshot("kurva-03-tersimpan-ponsel");
    }
    try {
      DistributionCurves.CurveVersionView now = curves.current();
      assertThat(now.version()).isEqualTo(before.version() + 1);
      assertThat(now.reason()).isEqualTo("ISTIMEWA paling banyak 80% (uji peramban)");
      Map<OrganisationPredikat, List<DistributionCurve.Rule>> expected = new EnumMap<>(before.rules());
      expected.put(OrganisationPredikat.ISTIMEWA, List.of(new DistributionCurve.Rule(
          java.util.Set.of(Predikat.SANGAT_BAIK), new BigDecimal("80"), null, null)));
      assertThat(now.rules()).as("every other rule kept as it was").isEqualTo(expected);

      assertThat(postJson("hr", "/api/v1/cycles/" + cycle + "/evaluations", "{\"period\":\"ANNUAL\"}")
          .getStatusCode().is2xxSuccessful()).isTrue();
      assertThat(curves.pinnedVersion(cycle)).contains(now.version());
      assertThat(curves.check(cycle, OrganisationPredikat.ISTIMEWA, EIGHT_OF_TEN)).as("within the new curve")
          .isEmpty();
    } finally {
      CurvePageIT.restore(curves, before);
    }
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
