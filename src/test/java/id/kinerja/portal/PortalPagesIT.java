package id.kinerja.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The portal over HTTP as a browser uses it: login shared with Tasklist, who may open which page, bad input as an
 * Indonesian page (never a 500, nothing stored), CSRF, the daily report's idempotent posts, headers.
 */
class PortalPagesIT extends PortalScenario {

  @org.springframework.beans.factory.annotation.Autowired
  org.springframework.jdbc.core.JdbcTemplate jdbc;

  @Test
  void anonymousVisitorsAreSentToTheLoginAndTheRootLeadsToTheHomePage() {
    PortalSession anonymous = new PortalSession(port);
    assertThat(anonymous.get("/").headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
        .endsWith("/app/beranda"));
    HttpResponse<String> home = anonymous.get("/app/beranda");
    assertThat(home.statusCode()).isEqualTo(302);
    assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/app/masuk");
    HttpResponse<String> login = anonymous.get("/app/masuk");
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.body()).contains("Masuk ke Kinerja").contains("name=\"_csrf\"");
  }

  @Test
  void aWrongPasswordIsRefusedWithAnIndonesianMessage() {
    scenario();
    PortalSession session = new PortalSession(port);
    HttpResponse<String> refused = session.login("prt.sekda", "salah"); // not a user the other tests log in as
    assertThat(refused.statusCode()).isEqualTo(302);
    assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/app/masuk?gagal");
    assertThat(session.get("/app/masuk?gagal").body()).contains("Nama pengguna atau kata sandi salah.");
  }

  @Test
  void unknownPagesAreAnIndonesianPageForBrowsersAndProblemDetailsForApiClients() {
    PortalSession anonymous = new PortalSession(port);
    HttpResponse<String> page = anonymous.get("/tidak-ada");
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(page.body()).contains("Halaman tidak ditemukan").doesNotContain("{1}").doesNotContain("Whitelabel");
    HttpResponse<String> api = anonymous.get("/tidak-ada", "application/json");
    assertThat(api.statusCode()).isEqualTo(404);
    assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    assertThat(api.body()).contains("Alamat ini tidak ada.").doesNotContain("{1}");
  }

  @Test
  void oneLoginServesThePortalAndTasklist() {
    scenario();
    PortalSession ani = portal(EMPLOYEE);
    HttpResponse<String> webappUser = ani.get("/camunda/api/admin/auth/user/default", "application/json");
    assertThat(webappUser.statusCode()).isEqualTo(200);
    assertThat(webappUser.body()).contains("\"userId\":\"" + EMPLOYEE + "\"");
    HttpResponse<String> home = ani.get("/app/beranda");
    assertThat(home.statusCode()).isEqualTo(200);
    // the session lives in the database, where a second node finds it (decision 66)
    assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Long.class,
        EMPLOYEE)).isPositive();
    assertThat(home.body()).contains("Selamat datang, Ani Lestari").contains("Disetujui")
        .contains("Belum ada isian minggu ini: Laporan layanan bulanan");
    assertThat(home.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("script-src 'self'").doesNotContain("unsafe-inline").contains("frame-ancestors 'none'");
    // logging out ends both
    ani.post("/app/keluar", Map.of());
    assertThat(ani.get("/app/beranda").statusCode()).isEqualTo(302);
    assertThat(ani.get("/camunda/api/admin/auth/user/default", "application/json").statusCode()).isNotEqualTo(200);
  }

  @Test
  void anSkpIsShownToItsOwnerAndSupervisorButNotToAColleague() {
    Scenario s = scenario();
    HttpResponse<String> own = portal(EMPLOYEE).get("/app/skp/" + s.aniSkpId());
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.body()).contains("Terlayaninya permohonan layanan uji tepat waktu").contains("Putaran 1")
        .contains("Kuantitas");
    assertThat(portal(SUPERVISOR).get("/app/skp/" + s.aniSkpId()).statusCode()).isEqualTo(200);
    HttpResponse<String> colleague = portal(COLLEAGUE).get("/app/skp/" + s.aniSkpId());
    assertThat(colleague.statusCode()).isEqualTo(403);
    assertThat(colleague.body()).contains("Akses ditolak").doesNotContain("\"status\"");
    HttpResponse<String> progress = portal(COLLEAGUE).get("/app/progres/" + s.aniSkpId());
    assertThat(progress.statusCode()).isEqualTo(403);
    assertThat(portal(EMPLOYEE).get("/app/skp/987654321").statusCode()).isEqualTo(404);
  }

  @Test
  void theDailyReportStoresOnceWhateverTheRetriesAndRefusesBadValuesWithoutStoring() {
    Scenario s = scenario();
    int indicator = s.aniIndicators().get(2); // "Arsip tertata", 12 map
    PortalSession ani = portal(EMPLOYEE);
    HttpResponse<String> form = ani.get("/app/laporan?indikator=" + indicator);
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("Arsip tertata").contains("name=\"kunci\"");
    int before = entries(s.aniSkpId(), indicator);
    String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).toString();

    HttpResponse<String> bad = ani.post("/app/laporan", Map.of("skpId", "" + s.aniSkpId(),
        "indicatorId", "" + indicator, "date", today, "value", "dua", "kunci", "k-bad-1"));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("bukan angka");
    HttpResponse<String> future = ani.post("/app/laporan", Map.of("skpId", "" + s.aniSkpId(),
        "indicatorId", "" + indicator, "date", "2999-01-01", "value", "1", "kunci", "k-bad-2"));
    assertThat(future.statusCode()).isBetween(400, 499);
    assertThat(entries(s.aniSkpId(), indicator)).isEqualTo(before);

    Map<String, String> entry = Map.of("skpId", "" + s.aniSkpId(), "indicatorId", "" + indicator, "date", today,
        "value", "2", "description", "Arsip triwulan", "kunci", "k-form-" + System.nanoTime());
    HttpResponse<String> stored = ani.post("/app/laporan", entry);
    assertThat(stored.statusCode()).isEqualTo(302);
    assertThat(stored.headers().firstValue("Location").orElseThrow()).contains("/app/laporan?tersimpan");
    assertThat(ani.post("/app/laporan", entry).statusCode()).isEqualTo(302); // a double submit
    assertThat(entries(s.aniSkpId(), indicator)).isEqualTo(before + 1);

    // someone else's SKP
    HttpResponse<String> foreign = portal(COLLEAGUE).post("/app/laporan", Map.of("skpId", "" + s.aniSkpId(),
        "indicatorId", "" + indicator, "date", today, "value", "1", "kunci", "k-foreign"));
    assertThat(foreign.statusCode()).isEqualTo(403);
    assertThat(entries(s.aniSkpId(), indicator)).isEqualTo(before + 1);
  }

  @Test
  void anEntryIsCorrectedOnItsOwnPageAndABadValueChangesNothing() {
    Scenario s = scenario();
    int indicator = s.aniIndicators().get(0);
    String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).toString();
    PortalSession ani = portal(EMPLOYEE);
    ani.get("/app/laporan");
    assertThat(ani.post("/app/laporan", Map.of("skpId", "" + s.aniSkpId(), "indicatorId", "" + indicator,
        "date", today, "value", "3", "description", "akan dikoreksi", "kunci", "k-edit-" + System.nanoTime()))
        .statusCode()).isEqualTo(302);
    List<Integer> ids = JsonPath.read(get(EMPLOYEE, "/api/v1/skp/" + s.aniSkpId() + "/realisations", null)
        .getBody(), "$[?(@.description == 'akan dikoreksi')].id");
    String path = "/app/laporan/" + s.aniSkpId() + "/" + ids.get(0);

    HttpResponse<String> page = ani.get(path);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Perbaiki isian").contains("akan dikoreksi");
    HttpResponse<String> bad = ani.post(path, Map.of("indicatorId", "" + indicator, "date", today, "value", "x"));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("bukan angka");
    HttpResponse<String> corrected = ani.post(path, Map.of("indicatorId", "" + indicator, "date", today,
        "value", "4", "description", "sudah dikoreksi"));
    assertThat(corrected.statusCode()).isEqualTo(302);
    assertThat(corrected.headers().firstValue("Location").orElseThrow()).contains("/app/laporan?diperbaiki");
    String stored = get(EMPLOYEE, "/api/v1/skp/" + s.aniSkpId() + "/realisations", null).getBody();
    List<Object> values = JsonPath.read(stored, "$[?(@.id == " + ids.get(0) + ")].value");
    assertThat(values.get(0).toString()).startsWith("4");
    // a colleague may not open it
    assertThat(portal(COLLEAGUE).get(path).statusCode()).isEqualTo(403);
  }

  @Test
  void formsWithoutTheCsrfTokenAreRefused() {
    Scenario s = scenario();
    PortalSession ani = portal(EMPLOYEE);
    ani.get("/app/laporan");
    int before = entries(s.aniSkpId(), s.aniIndicators().get(0));
    HttpResponse<String> forged = ani.postWithoutToken("/app/laporan", Map.of("skpId", "" + s.aniSkpId(),
        "indicatorId", "" + s.aniIndicators().get(0), "value", "5", "kunci", "k-forged"));
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(entries(s.aniSkpId(), s.aniIndicators().get(0))).isEqualTo(before);
  }

  @Test
  void theProgressPageShowsTheTableBehindTheChartAndNotificationsAreCounted() {
    Scenario s = scenario();
    PortalSession ani = portal(EMPLOYEE);
    HttpResponse<String> progress = ani.get("/app/progres/" + s.aniSkpId());
    assertThat(progress.statusCode()).isEqualTo(200);
    assertThat(progress.body()).contains("id=\"grafik-progres\"").contains("Permohonan diselesaikan")
        .contains("/webjars/chart.js/4.5.1/dist/chart.umd.min.js");
    assertThat(new PortalSession(port).get("/webjars/chart.js/4.5.1/dist/chart.umd.min.js").statusCode())
        .isEqualTo(200);
    // the cycle's opening told ani to draft her SKP: unread until she opens the list
    assertThat(ani.get("/app/beranda").body()).contains("class=\"count\"");
    HttpResponse<String> list = ani.get("/app/notifikasi");
    assertThat(list.body()).contains("Tugas baru: susun SKP");
    assertThat(ani.get("/app/beranda").body()).doesNotContain("class=\"count\"");
  }

  @Test
  void pagesSpeakEnglishOnRequest() {
    scenario();
    PortalSession ani = portal(EMPLOYEE);
    // the browser's language: English first
    HttpResponse<String> english = ani.getWithLanguage("/app/laporan", "en");
    assertThat(english.body()).contains("Daily report").contains("lang=\"en\"");
  }

  @Test
  void theEvaluationPageShowsTheResultAndTheDocumentAndRefusesBadObjections() {
    long evaluationId = publishedEvaluation();
    PortalSession ani = portal(EMPLOYEE);
    HttpResponse<String> page = ani.get("/app/evaluasi/" + evaluationId);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Sesuai ekspektasi").contains("Baik").contains("dokumen.pdf");
    HttpResponse<String> pdf = ani.get("/app/evaluasi/" + evaluationId + "/dokumen.pdf", "application/pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
    assertThat(pdf.body()).startsWith("%PDF");
    assertThat(ani.get("/app/evaluasi").body()).contains("/app/evaluasi/" + evaluationId);

    // a colleague may neither read nor object
    assertThat(portal(COLLEAGUE).get("/app/evaluasi/" + evaluationId).statusCode()).isEqualTo(403);
    assertThat(portal(COLLEAGUE).post("/app/evaluasi/" + evaluationId + "/keberatan",
        Map.of("reasons", "bukan milik saya")).statusCode()).isEqualTo(403);
    // without reasons: refused with the reason, as a page
    HttpResponse<String> empty = ani.post("/app/evaluasi/" + evaluationId + "/keberatan", Map.of("reasons", " "));
    assertThat(empty.statusCode()).isBetween(400, 409);
    assertThat(empty.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    // nothing stored: no objection, or only the browser test's real one
    java.util.Map<String, Object> stored = JsonPath.read(get(EMPLOYEE, "/api/v1/evaluations/" + evaluationId, null)
        .getBody(), "$");
    String reasons = (String) stored.get("objectionReasons"); // left out of the JSON while there is none
    assertThat(reasons == null || reasons.startsWith("Laporan bulanan")).as(reasons).isTrue();
  }

  private int entries(long skpId, int indicatorId) {
    List<Object> found = JsonPath.read(get(EMPLOYEE, "/api/v1/skp/" + skpId + "/realisations", null).getBody(),
        "$[?(@.indicatorId == " + indicatorId + ")]");
    return found.size();
  }
}
