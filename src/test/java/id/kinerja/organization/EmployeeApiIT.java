package id.kinerja.organization;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.support.PostgresIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

class EmployeeApiIT extends PostgresIntegrationTest {

  private static final String SEKDA = "196806051993041001";
  private static final String BUDI = "197502182000011005";
  private static final String RATNA_KASI_PRIMER = "196902141994012004";
  private static final String HENDRA_KABID_YANKES = "197910022005011003";

  @Test
  void hrListsEveryDemoEmployee() {
    ResponseEntity<String> response = get("hr", "/api/v1/employees", null);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<String> nips = JsonPath.read(response.getBody(), "$[*].nip");
    assertThat(nips).hasSizeGreaterThanOrEqualTo(36).contains(SEKDA, BUDI);
    assertThat(Integer.parseInt(response.getHeaders().getFirst("X-Total-Count"))).isGreaterThanOrEqualTo(36);
  }

  @Test
  void listingIsPaged() {
    ResponseEntity<String> response = get("hr", "/api/v1/employees?page=1&size=10", null);

    List<String> nips = JsonPath.read(response.getBody(), "$[*].nip");
    assertThat(nips).hasSize(10);
    assertThat(get("hr", "/api/v1/employees?size=0", null).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void anEmployeeWithoutSubordinatesSeesOnlyThemselves() {
    ResponseEntity<String> response = get("budi", "/api/v1/employees", null);

    List<String> nips = JsonPath.read(response.getBody(), "$[*].nip");
    assertThat(nips).containsExactly(BUDI);
  }

  @Test
  void aSupervisorSeesTheWholeSubtreeTheyLead() {
    List<String> kasi = JsonPath.read(get("kasi.primer", "/api/v1/employees", null).getBody(), "$[*].username");
    assertThat(kasi).containsExactlyInAnyOrder("kasi.primer", "budi", "siti");

    List<String> kabid = JsonPath.read(get("kabid.yankes", "/api/v1/employees", null).getBody(), "$[*].username");
    assertThat(kabid).containsExactlyInAnyOrder("kabid.yankes", "kasi.primer", "budi", "siti");
  }

  @Test
  void oneEmployeeCarriesTheReportingLineFromTheTree() {
    ResponseEntity<String> response = get("budi", "/api/v1/employees/" + BUDI, null);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Object> budi = JsonPath.read(response.getBody(), "$");
    assertThat(budi).containsEntry("nip", BUDI).containsEntry("name", "Budi Santoso, S.Kep.")
        .containsEntry("username", "budi").containsEntry("type", "PNS")
        .containsEntry("unitCode", "DINKES-YANKES-PRIMER").containsEntry("positionCode", "DINKES-YANKES-PRIMER-PERAWAT")
        .containsEntry("supervisorNip", RATNA_KASI_PRIMER).containsEntry("seniorNip", HENDRA_KABID_YANKES)
        .containsEntry("email", "budi@lampungselatankab.go.id");
  }

  @Test
  void aVacantSupervisorPositionFallsThroughToTheNextHeadUp() {
    String body = get("hr", "/api/v1/employees/" + nipOf("intan"), null).getBody();

    assertThat((String) JsonPath.read(body, "$.supervisorNip")).isEqualTo(nipOf("kabid.capil"));
    assertThat((String) JsonPath.read(body, "$.seniorNip")).isEqualTo(nipOf("kadisdukcapil"));
  }

  @Test
  void anotherEmployeeIsForbiddenInBothLanguages() {
    ResponseEntity<String> indonesian = get("budi", "/api/v1/employees/" + SEKDA, null);
    ResponseEntity<String> english = get("budi", "/api/v1/employees/" + SEKDA, "en");

    assertThat(indonesian.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertProblemJson(indonesian);
    assertThat((String) JsonPath.read(indonesian.getBody(), "$.detail")).contains("tidak berwenang");
    assertThat((String) JsonPath.read(english.getBody(), "$.detail")).contains("may not view");
  }

  @Test
  void anUnknownNipIsNotFound() {
    ResponseEntity<String> response = get("hr", "/api/v1/employees/199901012020011999", null);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat((String) JsonPath.read(response.getBody(), "$.detail")).contains("tidak ditemukan");
  }

  @Test
  void withoutOrWithWrongCredentialsTheAnswerIs401ProblemDetails() {
    ResponseEntity<String> anonymous = get(null, "/api/v1/employees", null);
    // a real user, but not one the other tests log in as: Camunda delays a user's next login after a wrong password
    ResponseEntity<String> wrong = http.withBasicAuth("sandi", "salah").getForEntity("/api/v1/employees",
        String.class);

    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertProblemJson(anonymous);
    assertThat(anonymous.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
    assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(get(null, "/api/v1/units", null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void unitsFormATreeWithTheirHeads() {
    ResponseEntity<String> response = get("budi", "/api/v1/units", null);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<Map<String, Object>> opd = JsonPath.read(response.getBody(), "$[?(@.parentCode == 'LAMSEL')]");
    assertThat(opd).extracting(u -> u.get("code"))
        .containsExactlyInAnyOrder("DINKES", "DISDIK", "DISDUKCAPIL", "BKPSDM");
    List<Map<String, Object>> vacant = JsonPath.read(response.getBody(), "$[?(@.code == 'DISDUKCAPIL-CAPIL-LAHIR')]");
    assertThat(vacant).singleElement().satisfies(unit -> assertThat(unit).doesNotContainKey("headNip"));
  }

  private String nipOf(String username) {
    List<String> nips = JsonPath.read(get("hr", "/api/v1/employees?size=100", null).getBody(),
        "$[?(@.username == '" + username + "')].nip");
    return nips.get(0);
  }
}
