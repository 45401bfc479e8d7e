package id.kinerja.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import id.kinerja.organization.OrganizationCharts;
import id.kinerja.support.KeycloakIntegrationTest;
import id.kinerja.support.KeycloakServer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Profile {@code keycloak} against a real Keycloak: bearer tokens of each role on {@code /api} and
 * {@code /engine-rest}, Camunda authorizations for employee, supervisor and HR, Keycloak as Camunda's identity, and
 * the tokens that must be refused (none, forged, expired, wrong audience, wrong issuer).
 * Seksi Pelayanan Kesehatan Primer: budi and siti report to kasi.primer, whose supervisor is kabid.yankes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeycloakApiIT extends KeycloakIntegrationTest {

  private static final int YEAR = 2026;
  private static long budiSkp;
  private static long sitiSkp;

  @Autowired
  TaskService tasks;
  @Autowired
  IdentityService identity;
  @Autowired
  OrganizationCharts charts;

  @Test
  @Order(1)
  void hrOpensTheCycleWithABearerToken() {
    openCycle(YEAR, "DINKES-YANKES");
    budiSkp = skpOf("budi", YEAR);
    sitiSkp = skpOf("siti", YEAR);
    assertThat(budiSkp).isNotEqualTo(sitiSkp);
  }

  @Test
  @Order(2)
  void anEmployeeReadsTheirOwnSkpAndIsRefusedAColleagues() {
    String budi = tokenFor("budi");

    ResponseEntity<String> own = get(budi, "/api/v1/skp/" + budiSkp);
    ResponseEntity<String> colleague = get(budi, "/api/v1/skp/" + sitiSkp);

    assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((String) JsonPath.read(own.getBody(), "$.employeeUsername")).isEqualTo("budi");
    assertThat(colleague.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(colleague.getHeaders().getContentType().toString()).startsWith("application/problem+json");
  }

  @Test
  @Order(3)
  void anEmployeeSeesOnlyTheirOwnTasksAndProcessInstancesInEngineRest() {
    String budi = tokenFor("budi");

    List<String> assignees = JsonPath.read(get(budi, "/engine-rest/task").getBody(), "$[*].assignee");
    List<String> instances = JsonPath.read(get(budi, "/engine-rest/process-instance").getBody(), "$[*].businessKey");

    assertThat(assignees).isNotEmpty().containsOnly("budi");
    assertThat(instances).containsExactly("skp-" + budiSkp);
    Task sitiDraft = tasks.createTaskQuery().taskAssignee("siti").singleResult();
    assertThat(get(budi, "/engine-rest/task/" + sitiDraft.getId()).getStatusCode())
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(post(budi, "/engine-rest/task/" + sitiDraft.getId() + "/complete", "{}").getStatusCode())
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    // nor may an employee start HR's cycle opening
    assertThat(post(budi, "/engine-rest/process-definition/key/pembukaan-periode/start", "{}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  @Order(4)
  void aSupervisorReadsTheSubordinatesInstancesAndCompletesTheReviewTask() {
    String budi = tokenFor("budi");
    assertThat(call(budi, HttpMethod.PUT, "/api/v1/skp/" + budiSkp, rhk()).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(post(budi, "/api/v1/skp/" + budiSkp + "/submit", null).getStatusCode()).isEqualTo(HttpStatus.OK);
    Task review = tasks.createTaskQuery().processInstanceBusinessKey("skp-" + budiSkp)
        .taskDefinitionKey("TinjauSkp").singleResult();
    assertThat(review.getAssignee()).isEqualTo("kasi.primer");
    String approve = "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"},\"notes\":{\"value\":\"Sesuai.\"}}}";

    // a colleague supervisor of another unit may not complete it
    assertThat(post(tokenFor("kasi.imunisasi"), "/engine-rest/task/" + review.getId() + "/submit-form", approve)
        .getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);

    String supervisor = tokenFor("kasi.primer");
    List<String> visible = JsonPath.read(get(supervisor, "/engine-rest/process-instance").getBody(),
        "$[*].businessKey");
    assertThat(visible).contains("skp-" + budiSkp, "skp-" + sitiSkp);
    ResponseEntity<String> completed = post(supervisor, "/engine-rest/task/" + review.getId() + "/submit-form",
        approve);

    assertThat(completed.getStatusCode()).as(completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat((String) JsonPath.read(get(budi, "/api/v1/skp/" + budiSkp).getBody(), "$.status"))
        .isEqualTo("AGREED");
    // the senior reads it too, the colleague does not
    assertThat((List<String>) JsonPath.read(get(tokenFor("kabid.yankes"), "/engine-rest/history/process-instance")
        .getBody(), "$[*].businessKey")).contains("skp-" + budiSkp);
    assertThat((List<String>) JsonPath.read(get(tokenFor("siti"), "/engine-rest/history/process-instance")
        .getBody(), "$[*].businessKey")).doesNotContain("skp-" + budiSkp);
  }

  @Test
  @Order(5)
  void hrAdministersDefinitionsAndSeesEveryInstance() {
    String hr = tokenFor("hr");

    List<String> keys = JsonPath.read(get(hr, "/engine-rest/process-definition?latestVersion=true").getBody(),
        "$[*].key");
    int instances = JsonPath.read(get(hr, "/engine-rest/process-instance/count").getBody(), "$.count");

    assertThat(keys).contains("skp-planning", "evaluasi-kinerja", "pembukaan-periode");
    assertThat(instances).isGreaterThanOrEqualTo(4);
    assertThat(get(hr, "/engine-rest/deployment").getStatusCode()).isEqualTo(HttpStatus.OK);
    // an employee does not list deployments at all (issue 13: engine REST allow-list, decision 32)
    assertThat(get(tokenFor("budi"), "/engine-rest/deployment").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  @Order(11)
  void theHeadRoleComesFromTheTokensGroups() {
    String ikm = "/api/v1/surveys/DISDUKCAPIL-DAFDUK-KTP/ikm?from=2026-01-01&to=2026-12-31";

    // kadinkes heads the health office: only the HEAD role (group pimpinan) lets him read another office's IKM
    assertThat(get(tokenFor("kadinkes"), ikm).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get(tokenFor("budi"), ikm).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  @Order(6)
  void keycloakIsCamundasIdentityWithUsernamesAndGroupPaths() {
    assertThat(identity.isReadOnly()).isTrue();
    assertThat(identity.createUserQuery().userId("budi").singleResult().getEmail())
        .isEqualTo("budi@lampungselatankab.go.id");
    Set<String> hrGroups = new HashSet<>();
    for (Group group : identity.createGroupQuery().groupMember("hr").list()) {
      hrGroups.add(group.getId());
    }
    assertThat(hrGroups).contains("pegawai", "hr", "camunda-admin");
  }

  @Test
  @Order(7)
  void theRealmsSupervisorGroupsMatchTheDemoOrganisation() {
    Set<String> supervisors = new HashSet<>();
    Set<String> seniors = new HashSet<>();
    var chart = charts.current();
    for (var user : identity.createUserQuery().list()) {
      List<String> line = charts.supervisorsOf(user.getId(), chart);
      if (!line.isEmpty()) {
        supervisors.add(line.get(0));
      }
      if (line.size() > 1) {
        seniors.add(line.get(1));
      }
    }
    assertThat(members("atasan")).isEqualTo(supervisors);
    assertThat(members("atasan-penilai")).isEqualTo(seniors);
  }

  @Test
  @Order(8)
  void requestsWithoutAValidTokenAreRefusedWith401() throws Exception {
    assertThat(get(null, "/api/v1/skp?year=" + YEAR).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(get(null, "/engine-rest/task").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(get("not-a-token", "/api/v1/skp?year=" + YEAR).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

    // forged: the right claims, signed with a key that is not the realm's
    String forged = forgedToken("budi");
    ResponseEntity<String> refused = get(forged, "/api/v1/skp/" + budiSkp);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(refused.getHeaders().getFirst("WWW-Authenticate")).startsWith("Bearer");
    assertThat(get(forged, "/engine-rest/task").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

    // wrong audience: a genuine realm token of the identity client, not meant for the API
    MultiValueMap<String, String> serviceAccount = new LinkedMultiValueMap<>();
    serviceAccount.add("grant_type", "client_credentials");
    serviceAccount.add("client_id", "kinerja-identity");
    serviceAccount.add("client_secret", "kinerja-identity-dev-secret");
    String otherAudience = requestToken(keycloak().tokenEndpoint(), serviceAccount);
    assertThat(get(otherAudience, "/api/v1/skp?year=" + YEAR).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

    // wrong issuer: a genuine token of Keycloak's master realm
    MultiValueMap<String, String> admin = new LinkedMultiValueMap<>();
    admin.add("grant_type", "password");
    admin.add("client_id", "admin-cli");
    admin.add("username", "admin");
    admin.add("password", "admin");
    String masterToken = requestToken(keycloak().url() + "/realms/master/protocol/openid-connect/token", admin);
    assertThat(get(masterToken, "/engine-rest/task").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  @Order(9)
  void anExpiredTokenIsRefusedWith401() {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("grant_type", "password");
    form.add("client_id", KeycloakServer.SHORT_LIVED_CLIENT);
    form.add("username", "budi");
    form.add("password", PASSWORD);
    String shortLived = requestToken(keycloak().tokenEndpoint(), form);
    assertThat(get(shortLived, "/api/v1/skp/" + budiSkp).getStatusCode()).isEqualTo(HttpStatus.OK);

    pause(2_000 + 1_000 + 1_500); // lifespan + the test profile's clock skew + margin

    ResponseEntity<String> expired = get(shortLived, "/api/v1/skp/" + budiSkp);
    assertThat(expired.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(get(shortLived, "/engine-rest/task").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  @Order(10)
  void theWebappsSendAnUnauthenticatedBrowserToTheKeycloakLogin() throws Exception {
    java.net.http.HttpClient browser = java.net.http.HttpClient.newBuilder()
        .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();

    var tasklist = browser.send(java.net.http.HttpRequest.newBuilder(
        java.net.URI.create(appUrl() + "/camunda/app/tasklist/default/")).header("Accept", "text/html").build(),
        java.net.http.HttpResponse.BodyHandlers.discarding());
    var login = browser.send(java.net.http.HttpRequest.newBuilder(
        java.net.URI.create(appUrl() + "/oauth2/authorization/keycloak")).build(),
        java.net.http.HttpResponse.BodyHandlers.discarding());
    var webappApi = browser.send(java.net.http.HttpRequest.newBuilder(
        java.net.URI.create(appUrl() + "/camunda/api/engine/engine/")).build(),
        java.net.http.HttpResponse.BodyHandlers.discarding());

    assertThat(tasklist.statusCode()).isEqualTo(302);
    assertThat(tasklist.headers().firstValue("Location")).hasValueSatisfying(
        location -> assertThat(location).endsWith("/oauth2/authorization/keycloak"));
    assertThat(login.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
        .startsWith(keycloak().issuer() + "/protocol/openid-connect/auth").contains("client_id=kinerja"));
    assertThat(webappApi.statusCode()).isEqualTo(401);
  }

  private Set<String> members(String groupId) {
    Set<String> result = new HashSet<>();
    identity.createUserQuery().memberOfGroup(groupId).list().forEach(user -> result.add(user.getId()));
    return result;
  }

  private String forgedToken(String username) throws Exception {
    RSAKey key = new RSAKeyGenerator(2048).keyID("forged").generate();
    long now = System.currentTimeMillis() / 1000;
    JWTClaimsSet claims = new JWTClaimsSet.Builder()
        .issuer(keycloak().issuer())
        .audience(List.of("kinerja-api", "account"))
        .subject("00000000-0000-0000-0000-000000000000")
        .claim("preferred_username", username)
        .claim("groups", List.of("pegawai", "hr"))
        .issueTime(new java.util.Date(now * 1000))
        .expirationTime(new java.util.Date((now + 300) * 1000))
        .build();
    SignedJWT jwt = new SignedJWT(
        new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(key.getKeyID()).build(), claims);
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }

  private static String rhk() {
    return """
        {"rhk":[
          {"text":"Meningkatnya cakupan pelayanan kesehatan primer","type":"UTAMA","weight":70,"supervisorRhkId":null,
           "indicators":[{"text":"Jumlah puskesmas yang dibina","aspect":"KUANTITAS","approach":"KUANTITATIF",
                          "target":12,"unit":"puskesmas","direction":"HIGHER_IS_BETTER"}]},
          {"text":"Dukungan administrasi seksi","type":"TAMBAHAN","weight":30,"supervisorRhkId":null,
           "indicators":[{"text":"Laporan tertib administrasi","aspect":"KUALITAS","approach":"KUALITATIF"}]}
        ]}""";
  }
}
