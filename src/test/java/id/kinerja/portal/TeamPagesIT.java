package id.kinerja.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * /app/tim and /app/hr over HTTP with the portal's own login (a session cookie and CSRF tokens from the pages), on
 * the team of {@link TeamScenario} (DINKES-P2P, 2025). Each test stands alone; the scenario is built once.
 */
class TeamPagesIT extends TeamScenario {

  @Test
  void anonymousIsSentToTheLogin() {
    PortalClient anonymous = PortalClient.anonymous(root());
    for (String path : new String[] {"/app/tim", "/app/tim/baris", "/app/hr", "/app/hr/impor",
        "/app/tim/" + NURUL_NIP}) {
      ResponseEntity<String> response = anonymous.get(path);
      assertThat(response.getStatusCode().is3xxRedirection()).as(path).isTrue();
      assertThat(response.getHeaders().getFirst(HttpHeaders.LOCATION)).as(path).endsWith("/app/masuk");
    }
  }

  @Test
  void anEmployeeWithoutATeamGetsTheIndonesian403Page() {
    team();
    PortalClient yusuf = PortalClient.loggedIn(root(), "yusuf");
    for (String path : new String[] {"/app/tim", "/app/tim/baris", "/app/tim/kaskade", "/app/tim/" + NURUL_NIP,
        "/app/hr", "/app/hr/impor", "/app/hr/siklus/" + team().cycleId()}) {
      ResponseEntity<String> response = yusuf.get(path);
      assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(response.getBody()).as(path).contains("Akses ditolak").contains("<html");
    }
    assertThat(yusuf.get("/app/tim").getBody()).contains("tidak memimpin unit mana pun");
  }

  @Test
  void aHeadSeesTheWholeSubtreeWithCapaianStatusAndLastEntry() {
    team();
    PortalClient kabid = PortalClient.loggedIn(root(), "kabid.p2p");

    ResponseEntity<String> page = kabid.get("/app/tim?tahun=" + YEAR);

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    String body = page.getBody();
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
    PortalClient kasi = PortalClient.loggedIn(root(), "kasi.imunisasi");

    String body = kasi.get("/app/tim?tahun=" + YEAR).getBody();

    assertThat(body).contains("Bawahan langsung Anda.").contains("1 SKP menunggu tinjauan Anda.")
        .doesNotContain("name=\"unit\"");
    assertThat(row(body, YUSUF_NIP)).contains("Diajukan").contains("menunggu tinjauan Anda");
    assertThat(row(body, NURUL_NIP)).contains("Tertinggal");
    assertThat(body).doesNotContain("orang-" + KASI_NIP);
    ResponseEntity<String> filtered = kasi.get("/app/tim?tahun=2025&unit=DINKES-P2P-IMUN");
    assertThat(filtered.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(filtered.getBody()).contains("Saringan unit hanya untuk pimpinan");
  }

  @Test
  void theMonitorAndHrPagesSpeakEnglishToAnEnglishBrowser() {
    team();
    String monitor = PortalClient.loggedIn(root(), "kabid.p2p").inLanguage("en").get("/app/tim?tahun=2025")
        .getBody();
    String hr = PortalClient.loggedIn(root(), "hr").inLanguage("en").get("/app/hr").getBody();
    ResponseEntity<String> refused = PortalClient.loggedIn(root(), "kabid.p2p").inLanguage("en")
        .get("/app/tim?tahun=2025&unit=TIDAK-ADA");

    assertThat(monitor).contains("My team 2025").contains("Weighted capaian").contains("Behind")
        .contains("lang=\"en\"");
    // 4 of 4 in the scenario; 6 of 6 when EmployeeImportIT has added its two to the seksi before the cycle opened
    assertThat(hr).contains("Appraisal cycles").containsPattern("(\\d+) of \\1 employees started");
    assertThat(refused.getBody()).contains("Unknown unit");
  }

  @Test
  void theUnitFilterNarrowsAHeadsTeamAndRefusesUnknownOrForeignUnits() {
    team();
    PortalClient kadinkes = PortalClient.loggedIn(root(), "kadinkes");

    String p2p = kadinkes.get("/app/tim?tahun=2025&unit=DINKES-P2P").getBody();
    String all = kadinkes.get("/app/tim?tahun=2025").getBody();
    ResponseEntity<String> unknown = kadinkes.get("/app/tim?tahun=2025&unit=TIDAK-ADA");
    ResponseEntity<String> foreign = kadinkes.get("/app/tim?tahun=2025&unit=DISDIK");
    ResponseEntity<String> badYear = kadinkes.get("/app/tim?tahun=dua-ribu");

    assertThat(p2p).contains("Nurul Hidayah").contains("Agus Salim").contains("Dewi Lestari")
        .doesNotContain("Budi Santoso").contains("<option value=\"DINKES-P2P\" selected=\"selected\"");
    assertThat(all).contains("Budi Santoso").contains("Nurul Hidayah");
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getBody()).contains("Unit kerja &#39;TIDAK-ADA&#39; tidak dikenal.");
    assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(foreign.getBody()).contains("tidak berada di bawah pimpinan Anda");
    assertThat(badYear.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badYear.getBody()).contains("tidak valid");
  }

  @Test
  void theRowsFragmentShowsANewEntryWithoutThePage() {
    team();
    PortalClient kabid = PortalClient.loggedIn(root(), "kabid.p2p");
    String before = kabid.get("/app/tim/baris?tahun=" + YEAR).getBody();
    assertThat(before).startsWith("<tbody").doesNotContain("<html").contains("orang-" + NURUL_NIP);

    record("nurul", team().nurulSkp(), "2025-12-30", 0); // a value of 0 leaves her capaian as the others expect

    String after = kabid.get("/app/tim/baris?tahun=" + YEAR).getBody();
    assertThat(row(after, NURUL_NIP)).contains("30 Des 2025");
  }

  @Test
  void aSupervisorReadsRealisationsWithEvidenceAndGivesFeedback() {
    team();
    PortalClient kasi = PortalClient.loggedIn(root(), "kasi.imunisasi");

    String person = kasi.get("/app/tim/" + NURUL_NIP + "?tahun=" + YEAR).getBody();
    assertThat(person).contains("Nurul Hidayah").contains("Jumlah laporan").contains("laporan-epidemiologi.pdf")
        .contains("href=\"/app/bukti/").contains("isian-" + team().nurulRealisation());
    ResponseEntity<String> sent = kasi.post("/app/tim/" + NURUL_NIP + "/umpan-balik", PortalClient.form(
        "realisasi", String.valueOf(team().nurulRealisation()), "teks", "Laporan rapi, lanjutkan.", "tahun", "2025"));
    assertThat(sent.getStatusCode()).isEqualTo(HttpStatus.FOUND);
    assertThat(sent.getHeaders().getFirst(HttpHeaders.LOCATION)).contains("terkirim");
    assertThat(kasi.get("/app/tim/" + NURUL_NIP + "?tahun=2025&terkirim").getBody())
        .contains("Umpan balik terkirim").contains("Laporan rapi, lanjutkan.");

    ResponseEntity<String> empty = kasi.post("/app/tim/" + NURUL_NIP + "/umpan-balik", PortalClient.form(
        "realisasi", String.valueOf(team().nurulRealisation()), "teks", "  ", "tahun", "2025"));
    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(empty.getBody()).contains("<html").contains("Permintaan tidak dapat diproses");
    ResponseEntity<String> noEntry = kasi.post("/app/tim/" + NURUL_NIP + "/umpan-balik", PortalClient.form(
        "teks", "Bagus", "tahun", "2025"));
    assertThat(noEntry.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noEntry.getBody()).contains("Pilih isian yang diberi umpan balik");
    ResponseEntity<String> withoutToken = PortalClient.loggedIn(root(), "kasi.imunisasi")
        .post("/app/tim/" + NURUL_NIP + "/umpan-balik", PortalClient.form("realisasi", "1", "teks", "x"));
    assertThat(withoutToken.getStatusCode().value()).as("CSRF without a page's token").isEqualTo(403);
    ResponseEntity<String> stranger = PortalClient.loggedIn(root(), "kasi.primer")
        .get("/app/tim/" + NURUL_NIP + "?tahun=2025");
    assertThat(stranger.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(kasi.get("/app/tim/123?tahun=2025").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void theCascadeShowsWhichSubordinateRhkSupportMine() {
    team();
    PortalClient kasi = PortalClient.loggedIn(root(), "kasi.imunisasi");

    String cascade = kasi.get("/app/tim/kaskade?tahun=" + YEAR).getBody();

    assertThat(cascade).contains("Terlaksananya surveilans penyakit").contains("Tersusunnya laporan epidemiologi")
        .contains("Bawahan yang belum punya SKP yang disepakati").contains("Yusuf Maulana");
    String kabid = PortalClient.loggedIn(root(), "kabid.p2p").get("/app/tim/kaskade?tahun=" + YEAR).getBody();
    assertThat(kabid).contains("Menurunnya angka penyakit menular").contains("Terlaksananya surveilans penyakit")
        .doesNotContain("Tersusunnya laporan epidemiologi");
    ResponseEntity<String> withoutMine = PortalClient.loggedIn(root(), "kabid.p2p").get("/app/tim/kaskade?tahun=2024");
    assertThat(withoutMine.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(withoutMine.getBody()).contains("Anda belum punya SKP yang disepakati untuk tahun 2024");
  }

  @Test
  void hrSeesCyclesWithOpeningProgressAndTheirDetails() {
    team();
    PortalClient hr = PortalClient.loggedIn(root(), "hr");

    ResponseEntity<String> page = hr.get("/app/hr");

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    String cycle = between(page.getBody(), "id=\"siklus-" + team().cycleId() + "\"", "</tr>");
    // everyone of the bidang when it opened (4, or 6 after EmployeeImportIT added two to its seksi)
    assertThat(cycle).containsPattern("(\\d+) dari \\1 pegawai dimulai");
    assertThat(cycle).contains("Bidang Pencegahan dan Pengendalian Penyakit")
        .contains("<progress").contains("Tahunan").contains("belum dimulai");
    assertThat(page.getBody()).contains("href=\"/app/dasbor\"").contains("href=\"/app/admin/proses\"")
        .contains("href=\"/app/hr/impor\"");
    String details = hr.get("/app/hr/siklus/" + team().cycleId()).getBody();
    assertThat(details).contains("Semua proses berhasil dimulai.").contains("Tahunan");
    assertThat(hr.get("/app/hr/siklus/999999999").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void hrPreviewsAnImportBeforeStoringIt() {
    PortalClient hr = PortalClient.loggedIn(root(), "hr");
    hr.get("/app/hr/impor");
    String csv = "kode,nama,tingkat,induk_kode,populasi_layanan\n"
        + "DINKES-P2P-UJI,Seksi Uji Pratinjau,SEKSI,DINKES-P2P,\n";

    ResponseEntity<String> preview = hr.postMultipart("/app/hr/impor", upload("UNIT", "unit.csv", csv));

    assertThat(preview.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(preview.getBody()).contains("belum ada yang disimpan").contains("DINKES-P2P-UJI")
        .contains("name=\"token\"");
    assertThat(get("hr", "/api/v1/units", null).getBody()).doesNotContain("DINKES-P2P-UJI");

    String unchanged = "kode,nama,tingkat,induk_kode,populasi_layanan\n"
        + "DINKES-P2P,Bidang Pencegahan dan Pengendalian Penyakit,BIDANG,DINKES,\n";
    String plan = hr.postMultipart("/app/hr/impor", upload("UNIT", "sama.csv", unchanged)).getBody();
    String token = between(plan, "name=\"token\" value=\"", "\"");
    ResponseEntity<String> stored = hr.post("/app/hr/impor/simpan", PortalClient.form("token", token));
    assertThat(stored.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(stored.getBody()).contains("Impor sama.csv tersimpan");
    ResponseEntity<String> again = hr.post("/app/hr/impor/simpan", PortalClient.form("token", token));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(again.getBody()).contains("Pratinjau ini sudah tidak berlaku");

    String refused = hr.postMultipart("/app/hr/impor", upload("UNIT", "rusak.csv",
        "kode,nama\nX,Y\n")).getBody();
    assertThat(refused).contains("alert error").doesNotContain("name=\"token\"");
    assertThat(hr.postMultipart("/app/hr/impor", upload("LAIN", "unit.csv", csv)).getBody())
        .contains("Pilih jenis data");
  }

  private static LinkedMultiValueMap<String, Object> upload(String kind, String name, String csv) {
    LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("jenis", kind);
    parts.add("berkas", new ByteArrayResource(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return name;
      }
    });
    return parts;
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
