package id.kinerja.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.support.PostgresIntegrationTest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The team of Bidang P2P (Dinas Kesehatan) in 2025 — a cycle no other test opens (unit DINKES-P2P with its Seksi
 * Surveilans dan Imunisasi, year 2025, annual): kabid.p2p leads both units (a head: the whole subtree); kasi.imunisasi
 * is his direct subordinate and supervises yusuf and nurul. SKPs: kabid.p2p agreed (by kadinkes); kasi.imunisasi
 * agreed, RHK linked to kabid.p2p's; nurul agreed, linked to kasi.imunisasi's; yusuf submitted, waiting for
 * kasi.imunisasi's review. Realisations: kasi.imunisasi 18 of 20 (90 % → on track at the year's end), nurul 5 of 20
 * (25 % → behind). Built once per test JVM, whichever test asks first; the pages are asked for with ?tahun=2025.
 */
abstract class TeamScenario extends PostgresIntegrationTest {

  static final int YEAR = 2025;
  static final String UNIT = "DINKES-P2P";
  static final String NURUL_NIP = "198502192009042010";
  static final String YUSUF_NIP = "199503102020011009";
  static final String KASI_NIP = "198001082002042008";

  private static Team team;

  /** The ids the tests need. */
  record Team(long cycleId, long kabidSkp, long kasiSkp, long nurulSkp, long yusufSkp, long kabidRhk, long kasiRhk,
      long nurulRealisation) {
  }

  protected Team team() {
    synchronized (TeamScenario.class) {
      if (team == null) {
        team = build();
      }
      return team;
    }
  }

  protected String root() {
    return http.getRootUri();
  }

  private Team build() {
    long cycleId = openCycle("\"year\":" + YEAR + ",\"cadence\":\"ANNUAL\",\"unitCode\":\"" + UNIT + "\"");
    long kabidSkp = skpOf2025("kabid.p2p");
    agree("kabid.p2p", kabidSkp, "kadinkes", content("Menurunnya angka penyakit menular", null, 12, "kegiatan"));
    long kabidRhk = firstRhk("kabid.p2p", kabidSkp);
    long kasiSkp = skpOf2025("kasi.imunisasi");
    agree("kasi.imunisasi", kasiSkp, "kabid.p2p", content("Terlaksananya surveilans penyakit", kabidRhk, 20,
        "laporan"));
    long kasiRhk = firstRhk("kasi.imunisasi", kasiSkp);
    long nurulSkp = skpOf2025("nurul");
    agree("nurul", nurulSkp, "kasi.imunisasi", content("Tersusunnya laporan epidemiologi", kasiRhk, 20, "laporan"));
    long yusufSkp = skpOf2025("yusuf");
    assertThat(putJson("yusuf", "/api/v1/skp/" + yusufSkp, content("Terkelolanya data imunisasi", kasiRhk, 12,
        "dokumen")).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(postJson("yusuf", "/api/v1/skp/" + yusufSkp + "/submit", "").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    record("kasi.imunisasi", kasiSkp, "2025-11-20", 18);
    long nurulRealisation = recordWithPdf("nurul", nurulSkp, "2025-06-10", 5);
    return new Team(cycleId, kabidSkp, kasiSkp, nurulSkp, yusufSkp, kabidRhk, kasiRhk, nurulRealisation);
  }

  private long skpOf2025(String username) {
    List<Integer> ids = JsonPath.read(get(username, "/api/v1/skp?year=" + YEAR, null).getBody(),
        "$[?(@.revision == 0)].id");
    assertThat(ids).as("SKP " + YEAR + " of " + username).isNotEmpty();
    return ids.get(0).longValue();
  }

  private static String content(String rhk, Long supervisorRhk, int target, String unit) {
    return "{\"rhk\":[{\"text\":\"" + rhk + "\",\"type\":\"UTAMA\",\"weight\":100,"
        + (supervisorRhk == null ? "" : "\"supervisorRhkId\":" + supervisorRhk + ",")
        + "\"indicators\":[{\"text\":\"Jumlah " + unit + "\",\"aspect\":\"KUANTITAS\",\"approach\":\"KUANTITATIF\","
        + "\"target\":" + target + ",\"unit\":\"" + unit + "\",\"direction\":\"HIGHER_IS_BETTER\"}]}]}";
  }

  private void agree(String owner, long skpId, String reviewer, String content) {
    ResponseEntity<String> saved = putJson(owner, "/api/v1/skp/" + skpId, content);
    assertThat(saved.getStatusCode()).as(saved.getBody()).isEqualTo(HttpStatus.OK);
    ResponseEntity<String> submitted = postJson(owner, "/api/v1/skp/" + skpId + "/submit", "");
    assertThat(submitted.getStatusCode()).as(submitted.getBody()).isEqualTo(HttpStatus.OK);
    ResponseEntity<String> reviewed = postJson(reviewer, "/api/v1/skp/" + skpId + "/review",
        "{\"decision\":\"APPROVE\"}");
    assertThat(reviewed.getStatusCode()).as(reviewed.getBody()).isEqualTo(HttpStatus.OK);
  }

  private long firstRhk(String owner, long skpId) {
    return ((Number) JsonPath.read(get(owner, "/api/v1/skp/" + skpId, null).getBody(), "$.rhk[0].id")).longValue();
  }

  private long indicator(String owner, long skpId) {
    return ((Number) JsonPath.read(get(owner, "/api/v1/skp/" + skpId, null).getBody(),
        "$.rhk[0].indicators[0].id")).longValue();
  }

  /** The smallest PDF that PDFBox reads (evidence PDFs are inspected). */
  static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
      + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
      + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj\n"
      + "trailer << /Root 1 0 R /Size 4 >>\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private long recordWithPdf(String owner, long skpId, String date, int value) {
    org.springframework.util.LinkedMultiValueMap<String, Object> parts = new org.springframework.util.LinkedMultiValueMap<>();
    parts.add("indicatorId", String.valueOf(indicator(owner, skpId)));
    parts.add("date", date);
    parts.add("value", String.valueOf(value));
    parts.add("files", new org.springframework.core.io.ByteArrayResource(PDF) {
      @Override
      public String getFilename() {
        return "laporan-epidemiologi.pdf";
      }
    });
    org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(org.springframework.http.MediaType.MULTIPART_FORM_DATA);
    ResponseEntity<String> created = as(owner).exchange("/api/v1/skp/" + skpId + "/realisations",
        org.springframework.http.HttpMethod.POST, new org.springframework.http.HttpEntity<>(parts, headers),
        String.class);
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    return ((Number) JsonPath.read(created.getBody(), "$.id")).longValue();
  }

  /** Records a realisation through the API; answers its id. */
  protected long record(String owner, long skpId, String date, int value) {
    ResponseEntity<String> created = postJson(owner, "/api/v1/skp/" + skpId + "/realisations",
        "{\"indicatorId\":" + indicator(owner, skpId) + ",\"date\":\"" + date + "\",\"value\":" + value + "}");
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    return ((Number) JsonPath.read(created.getBody(), "$.id")).longValue();
  }
}
