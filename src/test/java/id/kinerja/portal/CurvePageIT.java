package id.kinerja.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.evaluation.DistributionCurve;
import id.kinerja.evaluation.DistributionCurves;
import id.kinerja.evaluation.OrganisationPredikat;
import id.kinerja.evaluation.Predikat;
import id.kinerja.support.PostgresIntegrationTest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code /app/admin/kurva}: HR sees the curve in force with its rules filled in and saves a new version with a
 * reason; a bad form (a number that is none, a percentage over 100, crossed bounds, no reason, no rule) is shown again
 * as typed with each reason naming its rule, and stores nothing; only HR opens or posts it. Each test puts the curve
 * it found back as the newest version.
 */
class CurvePageIT extends PostgresIntegrationTest {

  @LocalServerPort
  int port;
  @Autowired
  DistributionCurves curves;

  @Test
  void hrSeesTheCurveInForceAndSavesANewVersionWithAReason() {
    DistributionCurves.CurveVersionView before = curves.current();
    PortalSession hr = PortalSession.loggedIn(port, "hr", PASSWORD);
    try {
      assertThat(hr.get("/app/admin/proses").body()).contains("/app/admin/kurva");
      HttpResponse<String> page = hr.get("/app/admin/kurva");
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("Kurva distribusi", "Berlaku sekarang: versi " + before.version(),
          "Organisasi berpredikat Istimewa", "Organisasi berpredikat Sangat Kurang", "Paling banyak (%)");
      // the rules in force are filled in: BAIK's second rule counts BUTUH_PERBAIKAN and KURANG together
      assertThat(page.body()).containsPattern(
          "name=\"r\\.BAIK\\.1\\.predikat\" value=\"BUTUH_PERBAIKAN\"[^>]*checked")
          .containsPattern("name=\"r\\.BAIK\\.1\\.predikat\" value=\"KURANG\"[^>]*checked")
          .doesNotContainPattern("name=\"r\\.BAIK\\.1\\.predikat\" value=\"SANGAT_BAIK\"[^>]*checked");

      HttpResponse<String> saved = hr.post("/app/admin/kurva", Map.of("r.ISTIMEWA.0.predikat", "SANGAT_BAIK",
          "r.ISTIMEWA.0.atMost", "82,5", "r.BAIK.3.predikat", "BAIK", "r.BAIK.3.count", "2",
          "alasan", "Uji halaman: ISTIMEWA paling banyak 82,5%"));
      assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
      assertThat(saved.headers().firstValue("Location").orElse("")).endsWith("/app/admin/kurva?tersimpan");
      DistributionCurves.CurveVersionView now = curves.current();
      assertThat(now.version()).isEqualTo(before.version() + 1);
      assertThat(now.createdBy()).isEqualTo("hr");
      assertThat(now.reason()).isEqualTo("Uji halaman: ISTIMEWA paling banyak 82,5%");
      assertThat(now.rules()).containsOnlyKeys(OrganisationPredikat.ISTIMEWA, OrganisationPredikat.BAIK);
      DistributionCurve.Rule istimewa = now.rules().get(OrganisationPredikat.ISTIMEWA).get(0);
      assertThat(istimewa.predikat()).containsExactly(Predikat.SANGAT_BAIK);
      assertThat(istimewa.atMostPercent()).isEqualByComparingTo("82.5");
      assertThat(now.rules().get(OrganisationPredikat.BAIK).get(0).atLeastCount()).isEqualTo(2);
      assertThat(hr.get("/app/admin/kurva?tersimpan").body()).contains(
          "Kurva tersimpan sebagai versi " + now.version(), "Uji halaman: ISTIMEWA paling banyak 82,5%");
    } finally {
      restore(curves, before);
    }
  }

  @Test
  void aBadCurveIsShownAgainWithEveryReasonAndStoresNothing() {
    int before = curves.current().version();
    PortalSession hr = PortalSession.loggedIn(port, "hr", PASSWORD);
    hr.get("/app/admin/kurva");
    HttpResponse<String> bad = hr.post("/app/admin/kurva", Map.of("r.ISTIMEWA.0.predikat", "SANGAT_BAIK",
        "r.ISTIMEWA.0.atMost", "delapan puluh", "r.KURANG.1.predikat", "KURANG", "r.KURANG.1.atMost", "150",
        "alasan", "uji"));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("Kurva distribusi tidak valid; tidak ada yang disimpan.",
        "Organisasi Istimewa, aturan 1:", "delapan puluh", "bukan angka")
        .as("typed values are kept").contains("value=\"delapan puluh\"");

    HttpResponse<String> outOfRange = hr.post("/app/admin/kurva", Map.of("r.KURANG.0.predikat", "KURANG",
        "r.KURANG.0.atMost", "150", "r.KURANG.1.predikat", "SANGAT_BAIK", "r.KURANG.1.atMost", "10",
        "r.KURANG.1.atLeast", "20", "r.SANGAT_KURANG.0.atLeast", "5", "alasan", "uji"));
    assertThat(outOfRange.statusCode()).isEqualTo(400);
    assertThat(outOfRange.body()).contains(
        "Organisasi Kurang, aturan 1: Persentase harus 0–100 dengan paling banyak 2 desimal.",
        "Organisasi Kurang, aturan 2: Batas paling sedikit 20% lebih besar dari batas paling banyak 10%.",
        "Organisasi Sangat Kurang, aturan 1: Setiap aturan menyebut paling sedikit satu predikat pegawai.");

    HttpResponse<String> noReason = hr.post("/app/admin/kurva", Map.of("alasan", " "));
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("Alasan perubahan kurva wajib diisi",
        "Aturan kurva per predikat organisasi wajib diisi.");
    assertThat(curves.current().version()).as("nothing stored").isEqualTo(before);

    // in English on request
    HttpResponse<String> english = hr.getWithLanguage("/app/admin/kurva", "en");
    assertThat(english.body()).contains("Distribution curve", "Organisation rated Outstanding");
  }

  @Test
  void onlyHrOpensOrPostsTheCurvePage() {
    int before = curves.current().version();
    for (String username : List.of("budi", "kasi.primer", "kadisdik")) {
      PortalSession someone = PortalSession.loggedIn(port, username, PASSWORD);
      HttpResponse<String> page = someone.get("/app/admin/kurva");
      assertThat(page.statusCode()).as(username).isEqualTo(403);
      assertThat(page.body()).contains("Anda tidak berhak membuka halaman ini.");
      assertThat(someone.post("/app/admin/kurva", Map.of("r.ISTIMEWA.0.predikat", "SANGAT_BAIK",
          "r.ISTIMEWA.0.atMost", "99", "alasan", "bukan HR")).statusCode()).as(username).isEqualTo(403);
    }
    PortalSession anonymous = new PortalSession(port);
    HttpResponse<String> login = anonymous.get("/app/admin/kurva");
    assertThat(login.statusCode()).isEqualTo(302);
    assertThat(login.headers().firstValue("Location").orElse("")).contains("/app/masuk");
    PortalSession hr = PortalSession.loggedIn(port, "hr", PASSWORD);
    hr.get("/app/admin/kurva");
    assertThat(hr.postWithoutToken("/app/admin/kurva", Map.of("r.ISTIMEWA.0.predikat", "SANGAT_BAIK",
        "r.ISTIMEWA.0.atMost", "99", "alasan", "tanpa token")).statusCode()).isEqualTo(403);
    assertThat(curves.current().version()).as("nothing stored").isEqualTo(before);
  }

  /** Puts a curve's rules back as the newest version (the next tests' cycles use the seeded curve). */
  static void restore(DistributionCurves curves, DistributionCurves.CurveVersionView curve) {
    if (curves.current().version() == curve.version()) {
      return;
    }
    Map<String, List<DistributionCurves.RuleInput>> rules = new LinkedHashMap<>();
    curve.rules().forEach((organisation, list) -> rules.put(organisation.name(), list.stream()
        .map(r -> new DistributionCurves.RuleInput(r.predikat().stream().map(Enum::name).toList(),
            r.atMostPercent(), r.atLeastPercent(), r.atLeastCount())).toList()));
    curves.replace(new DistributionCurves.CurveInput("Uji selesai: kurva versi " + curve.version(), rules), "hr");
    assertThat(curves.current().rules()).isEqualTo(curve.rules());
  }
}
