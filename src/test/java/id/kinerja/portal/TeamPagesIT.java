package id.kinerja.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * /app/tim and /app/hr over HTTP with the portal's own login (a session cookie and CSRF tokens from the pages), on
 * the team of {@link TeamScenario} (DINKES-P2P, 2025). Each test stands alone; the scenario is built once.
 */
class TeamPagesIT extends TeamScenario {

  @Test
  void anonymousIsSentToTheLogin() {
    PortalSession anonymous = new PortalSession(root());
    for (String path : new String[] {"/app/tim", "/app/tim/baris", "/app/hr", "/app/hr/impor",
        "/app/tim/" + NURUL_NIP}) {
      HttpResponse<String> response = anonymous.get(path);
      assertThat(response.statusCode()).as(path).isBetween(300, 399);
      assertThat(response.headers().firstValue("Location").orElse(null)).as(path).endsWith("/app/masuk");
    }
  }

  @Test
  void anEmployeeWithoutATeamGetsTheIndonesian403Page() {
    team();
    PortalSession yusuf = PortalSession.loggedIn(root(), "yusuf", PASSWORD);
    for (String path : new String[] {"/app/tim", "/app/tim/baris", "/app/tim/kaskade", "/app/tim/" + NURUL_NIP,
        "/app/hr", "/app/hr/impor", "/app/hr/siklus/" + team().cycleId()}) {
      HttpResponse<String> response = yusuf.get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN.value());
      assertThat(response.body()).as(path).contains("Akses ditolak").contains("<html");
    }
    assertThat(yusuf.get("/app/tim").body()).contains("tidak memimpin unit mana pun");
  }

  @Test
  void aHeadSeesTheWholeSubtreeWithCapaianStatusAndLastEntry() {
    team();
    PortalSession kabid = PortalSession.loggedIn(root(), "kabid.p2p", PASSWORD);

    HttpResponse<String> page = kabid.get("/app/tim?tahun=" + YEAR);

    assertThat(page.statusCode()).isEqualTo(HttpStatus.OK.value());
    String body = page.body();
    assertThat(body).contains("Semua pegawai di unit yang Anda pimpin").contains("data-sortable")
        .contains("/app/aset/tim.js").contains("data-refresh=\"/app/tim/baris?tahun=2025\"");
    String nurul = row(body, NURUL_NIP);
    // 10 June, or 30 December once theRowsFragmentShowsANewEntryWithoutThePage has added an entry (of 0)
    assertThat(nurul).contains("Nurul Hidayah").contains("Disetujui").contains("25.00%").contains("Tertinggal")
        .containsPattern("10 Jun 2025|30 Des 2025").doesNotContain("bawahan langsung");
    String kasi = row(body, KASI_NIP);
    // 20 November, or 29 December once the browser test has added an entry (of 0)
    assertThat(kasi).contains("Dewi Lestari").contains("90.00%").contains("Sesuai jalur")
        .containsPattern("20 Nov 2025|29 Des 2025")
        .contains("bawahan langsung");
    String yusuf = row(body, YUSUF_NIP);
    assertThat(yusuf).contains("Diajukan").doesNotContain("menunggu tinjauan Anda");
    assertThat(body).doesNotContain("SKP menunggu tinjauan Anda");
  }

  @Test
  void aSupervisorSeesDirectSubordinatesAndTheReviewWaitingForThem() {
    team();
    PortalSession kasi = PortalSession.loggedIn(root(), "kasi.imunisasi", PASSWORD);

    String body = kasi.get("/app/tim?tahun=" + YEAR).body();

    assertThat(body).contains("Bawahan langsung Anda.").contains("1 SKP menunggu tinjauan Anda.")
        .doesNotContain("name=\"unit\"");
    assertThat(row(body, YUSUF_NIP)).contains("Diajukan").contains("menunggu tinjauan Anda");
    assertThat(row(body, NURUL_NIP)).contains("Tertinggal");
    assertThat(body).doesNotContain("orang-" + KASI_NIP);
    HttpResponse<String> filtered = kasi.get("/app/tim?tahun=2025&unit=DINKES-P2P-IMUN");
    assertThat(filtered.statusCode()).isEqualTo(HttpStatus.BAD_REQUEST.value());
    assertThat(filtered.body()).contains("Saringan unit hanya untuk pimpinan");
  }

  @Test
  void theMonitorAndHrPagesSpeakEnglishToAnEnglishBrowser() {
    team();
    String monitor = PortalSession.loggedIn(root(), "kabid.p2p", PASSWORD).getWithLanguage("/app/tim?tahun=2025", "en")
        .body();
    String hr = PortalSession.loggedIn(root(), "hr", PASSWORD).getWithLanguage("/app/hr", "en").body();
    HttpResponse<String> refused = PortalSession.loggedIn(root(), "kabid.p2p", PASSWORD)
        .getWithLanguage("/app/tim?tahun=2025&unit=TIDAK-ADA", "en");

    assertThat(monitor).contains("My team 2025").contains("Weighted capaian").contains("Behind")
        .contains("lang=\"en\"");
    // 4 of 4 in the scenario; 6 of 6 when EmployeeImportIT has added its two to the seksi before the cycle opened
    assertThat(hr).contains("Appraisal cycles").containsPattern("(\\d+) of \\1 employees started");
    assertThat(refused.body()).contains("Unknown unit");
  }

  @Test
  void theUnitFilterNarrowsAHeadsTeamAndRefusesUnknownOrForeignUnits() {
    team();
    PortalSession kadinkes = PortalSession.loggedIn(root(), "kadinkes", PASSWORD);

    String p2p = kadinkes.get("/app/tim?tahun=2025&unit=DINKES-P2P").body();
    String all = kadinkes.get("/app/tim?tahun=2025").body();
    HttpResponse<String> unknown = kadinkes.get("/app/tim?tahun=2025&unit=TIDAK-ADA");
    HttpResponse<String> foreign = kadinkes.get("/app/tim?tahun=2025&unit=DISDIK");
    HttpResponse<String> badYear = kadinkes.get("/app/tim?tahun=dua-ribu");

    assertThat(p2p).contains("Nurul Hidayah").contains("Agus Salim").contains("Dewi Lestari")
        .doesNotContain("Budi Santoso").contains("<option value=\"DINKES-P2P\" selected=\"selected\"");
    assertThat(all).contains("Budi Santoso").contains("Nurul Hidayah");
    assertThat(unknown.statusCode()).isEqualTo(HttpStatus.NOT_FOUND.value());
    assertThat(unknown.body()).contains("Unit kerja &#39;TIDAK-ADA&#39; tidak dikenal.");
    assertThat(foreign.statusCode()).isEqualTo(HttpStatus.FORBIDDEN.value());
    assertThat(foreign.body()).contains("tidak berada di bawah pimpinan Anda");
    assertThat(badYear.statusCode()).isEqualTo(HttpStatus.BAD_REQUEST.value());
    assertThat(badYear.body()).contains("tidak valid");
  }

  @Test
  void theRowsFragmentShowsANewEntryWithoutThePage() {
    team();
    PortalSession kabid = PortalSession.loggedIn(root(), "kabid.p2p", PASSWORD);
    String before = kabid.get("/app/tim/baris?tahun=" + YEAR).body();
    assertThat(before).startsWith("<tbody").doesNotContain("<html").contains("orang-" + NURUL_NIP);

    record("nurul", team().nurulSkp(), "2025-12-30", 0); // a value of 0 leaves her capaian as the others expect

    String after = kabid.get("/app/tim/baris?tahun=" + YEAR).body();
    assertThat(row(after, NURUL_NIP)).contains("30 Des 2025");
  }

  @Test
  void aSupervisorReadsRealisationsWithEvidenceAndGivesFeedback() {
    team();
    PortalSession kasi = PortalSession.loggedIn(root(), "kasi.imunisasi", PASSWORD);

    String person = kasi.get("/app/tim/" + NURUL_NIP + "?tahun=" + YEAR).body();
    assertThat(person).contains("Nurul Hidayah").contains("Jumlah laporan").contains("laporan-epidemiologi.pdf")
        .contains("href=\"/app/bukti/").contains("isian-" + team().nurulRealisation());
    HttpResponse<String> sent = kasi.post("/app/tim/" + NURUL_NIP + "/umpan-balik", Map.of(
        "realisasi", String.valueOf(team().nurulRealisation()), "teks", "Laporan rapi, lanjutkan.", "tahun", "2025"));
    assertThat(sent.statusCode()).isEqualTo(HttpStatus.FOUND.value());
    assertThat(sent.headers().firstValue("Location").orElse(null)).contains("terkirim");
    assertThat(kasi.get("/app/tim/" + NURUL_NIP + "?tahun=2025&terkirim").body())
        .contains("Umpan balik terkirim").contains("Laporan rapi, lanjutkan.");

    HttpResponse<String> empty = kasi.post("/app/tim/" + NURUL_NIP + "/umpan-balik", Map.of(
        "realisasi", String.valueOf(team().nurulRealisation()), "teks", "  ", "tahun", "2025"));
    assertThat(empty.statusCode()).isEqualTo(HttpStatus.BAD_REQUEST.value());
    assertThat(empty.body()).contains("<html").contains("Permintaan tidak dapat diproses");
    HttpResponse<String> noEntry = kasi.post("/app/tim/" + NURUL_NIP + "/umpan-balik", Map.of(
        "teks", "Bagus", "tahun", "2025"));
    assertThat(noEntry.statusCode()).isEqualTo(HttpStatus.BAD_REQUEST.value());
    assertThat(noEntry.body()).contains("Pilih isian yang diberi umpan balik");
    HttpResponse<String> withoutToken = PortalSession.loggedIn(root(), "kasi.imunisasi", PASSWORD)
        .post("/app/tim/" + NURUL_NIP + "/umpan-balik", Map.of("realisasi", "1", "teks", "x"));
    assertThat(withoutToken.statusCode()).as("CSRF without a page's token").isEqualTo(403);
    HttpResponse<String> stranger = PortalSession.loggedIn(root(), "kasi.primer", PASSWORD)
        .get("/app/tim/" + NURUL_NIP + "?tahun=2025");
    assertThat(stranger.statusCode()).isEqualTo(HttpStatus.FORBIDDEN.value());
    assertThat(kasi.get("/app/tim/123?tahun=2025").statusCode()).isEqualTo(HttpStatus.NOT_FOUND.value());
  }

  @Test
  void theCascadeShowsWhichSubordinateRhkSupportMine() {
    team();
    PortalSession kasi = PortalSession.loggedIn(root(), "kasi.imunisasi", PASSWORD);

    String cascade = kasi.get("/app/tim/kaskade?tahun=" + YEAR).body();

    assertThat(cascade).contains("Terlaksananya surveilans penyakit").contains("Tersusunnya laporan epidemiologi")
        .contains("Bawahan yang belum punya SKP yang disepakati").contains("Yusuf Maulana");
    String kabid = PortalSession.loggedIn(root(), "kabid.p2p", PASSWORD).get("/app/tim/kaskade?tahun=" + YEAR)
        .body();
    assertThat(kabid).contains("Menurunnya angka penyakit menular").contains("Terlaksananya surveilans penyakit")
        .doesNotContain("Tersusunnya laporan epidemiologi");
    HttpResponse<String> withoutMine = PortalSession.loggedIn(root(), "kabid.p2p", PASSWORD)
        .get("/app/tim/kaskade?tahun=2024");
    assertThat(withoutMine.statusCode()).isEqualTo(HttpStatus.OK.value());
    assertThat(withoutMine.body()).contains("Anda belum punya SKP yang disepakati untuk tahun 2024");
  }

  @Test
  void hrSeesCyclesWithOpeningProgressAndTheirDetails() {
    team();
    PortalSession hr = PortalSession.loggedIn(root(), "hr", PASSWORD);

    HttpResponse<String> page = hr.get("/app/hr");

    assertThat(page.statusCode()).isEqualTo(HttpStatus.OK.value());
    String cycle = between(page.body(), "id=\"siklus-" + team().cycleId() + "\"", "</tr>");
    // everyone of the bidang when it opened (4, or 6 after EmployeeImportIT added two to its seksi)
    assertThat(cycle).containsPattern("(\\d+) dari \\1 pegawai dimulai");
    assertThat(cycle).contains("Bidang Pencegahan dan Pengendalian Penyakit")
        .contains("<progress").contains("Tahunan").contains("belum dimulai");
    assertThat(page.body()).contains("href=\"/app/dasbor\"").contains("href=\"/app/admin/proses\"")
        .contains("href=\"/app/hr/impor\"");
    String details = hr.get("/app/hr/siklus/" + team().cycleId()).body();
    assertThat(details).contains("Semua proses berhasil dimulai.").contains("Tahunan");
    assertThat(hr.get("/app/hr/siklus/999999999").statusCode()).isEqualTo(HttpStatus.NOT_FOUND.value());
  }

  @Test
  void hrPreviewsAnImportBeforeStoringIt() {
    PortalSession hr = PortalSession.loggedIn(root(), "hr", PASSWORD);
    hr.get("/app/hr/impor");
    String csv = "kode,nama,tingkat,induk_kode,populasi_layanan\n"
        + "DINKES-P2P-UJI,Seksi Uji Pratinjau,SEKSI,DINKES-P2P,\n";

    HttpResponse<String> preview = upload(hr, "UNIT", "unit.csv", csv);

    assertThat(preview.statusCode()).isEqualTo(HttpStatus.OK.value());
    assertThat(preview.body()).contains("belum ada yang disimpan").contains("DINKES-P2P-UJI")
        .contains("name=\"token\"");
    assertThat(get("hr", "/api/v1/units", null).getBody()).doesNotContain("DINKES-P2P-UJI");

    String unchanged = "kode,nama,tingkat,induk_kode,populasi_layanan\n"
        + "DINKES-P2P,Bidang Pencegahan dan Pengendalian Penyakit,BIDANG,DINKES,\n";
    String plan = upload(hr, "UNIT", "sama.csv", unchanged).body();
    String token = between(plan, "name=\"token\" value=\"", "\"");
    HttpResponse<String> stored = hr.post("/app/hr/impor/simpan", Map.of("token", token));
    assertThat(stored.statusCode()).isEqualTo(HttpStatus.OK.value());
    assertThat(stored.body()).contains("Impor sama.csv tersimpan");
    HttpResponse<String> again = hr.post("/app/hr/impor/simpan", Map.of("token", token));
    assertThat(again.statusCode()).isEqualTo(HttpStatus.BAD_REQUEST.value());
    assertThat(again.body()).contains("Pratinjau ini sudah tidak berlaku");

    String refused = upload(hr, "UNIT", "rusak.csv", "kode,nama\nX,Y\n").body();
    assertThat(refused).contains("alert error").doesNotContain("name=\"token\"");
    assertThat(upload(hr, "LAIN", "unit.csv", csv).body())
        .contains("Pilih jenis data");
  }

  private static HttpResponse<String> upload(PortalSession hr, String kind, String name, String csv) {
    return hr.postFile("/app/hr/impor", Map.of("jenis", kind), "berkas", name, csv);
  }

  /** The table row of one person on the monitor. */
  static String row(String html, String nip) {
    return between(html, "id=\"orang-" + nip + "\"", "</tr>");
  }

  static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    assertThat(from).as("'" + start + "' in the page").isGreaterThanOrEqualTo(0);
    int to = text.indexOf(end, from + start.length());
    return text.substring(from + start.length(), to < 0 ? text.length() : to);
  }
}
