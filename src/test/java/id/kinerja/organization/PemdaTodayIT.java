package id.kinerja.organization;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.evaluation.EvaluationDeadlines;
import id.kinerja.support.PostgresIntegrationTest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Issue 15, item 7: a WIT Pemda's "today" around midnight, with the engine clock ({@link ClockUtil}) and the domain
 * clock together. A government of its own (WIT, Sorong-like, zona waktu WIT). The engine clock is put back to the
 * last 00:30 WIT (never forward: no other test's timer fires early): it is already the next day in Sorong and still
 * 22:30 the day before in Jakarta. The domain clock follows the engine clock; the Pemda's employee may log a
 * realisation dated today (WIT), not tomorrow; a demo (WIB) employee's today is still yesterday; the objection
 * window of a result published now ends at the end of the 14th day in WIT; the supervisor writes the ekspektasi
 * khusus pimpinan (issue 15, item 9) before the SKP is agreed, and nobody after.
 */
class PemdaTodayIT extends PostgresIntegrationTest {

  private static final ZoneId WIT = ZoneId.of("Asia/Jayapura");

  @Autowired
  Clock clock;

  @Autowired
  PemdaClocks clocks;

  @Autowired
  EvaluationDeadlines deadlines;

  @Autowired
  org.camunda.bpm.engine.IdentityService identityService;

  @Autowired
  org.camunda.bpm.engine.RuntimeService runtime;

  @Autowired
  org.springframework.jdbc.core.JdbcTemplate jdbc;

  @Test
  void justAfterMidnightInSorongItIsAlreadyTomorrowThereAndStillTodayInJakarta() {
    buildTheWitGovernment();
    ZonedDateTime halfPastMidnight = ZonedDateTime.now(WIT).with(LocalTime.of(0, 30));
    if (halfPastMidnight.isAfter(ZonedDateTime.now(WIT))) {
      halfPastMidnight = halfPastMidnight.minusDays(1);
    }
    Instant at = halfPastMidnight.toInstant();
    LocalDate witToday = halfPastMidnight.toLocalDate();
    try {
      ClockUtil.setCurrentTime(Date.from(at));

      assertThat(clock.instant()).as("the domain clock is the engine clock").isEqualTo(at);
      assertThat(clocks.today("wit.staf")).isEqualTo(witToday);
      assertThat(clocks.today("lina")).as("a WIB employee: 22:30 the day before").isEqualTo(witToday.minusDays(1));
      assertThat(clocks.today("hr")).as("no employee: the default zone").isEqualTo(witToday.minusDays(1));
      assertThat(deadlines.objectionClosesAt(clock.instant(), clocks.forEmployee("wit.staf").getZone()))
          .as("the timer date: end of the 14th day after today in WIT")
          .isEqualTo(witToday.plusDays(15).atStartOfDay(WIT).toInstant());

      // a citizen's answer at 00:30 in Sorong is dated that day there
      String answers = "{\"answers\":{\"U1\":4,\"U2\":4,\"U3\":4,\"U4\":4,\"U5\":4,\"U6\":4,\"U7\":4,"
          + "\"U8\":4,\"U9\":4}}";
      assertThat(postJson(null, "/api/v1/public/surveys/WIT-SEKSI", answers).getStatusCode())
          .isEqualTo(HttpStatus.CREATED);
      assertThat(jdbc.queryForObject("select max(r.submitted_on) from survey_response r join org_unit u"
          + " on u.id = r.unit_id where u.code = 'WIT-SEKSI'", LocalDate.class)).isEqualTo(witToday);

      int year = witToday.getYear();
      openCycle("\"year\":" + year + ",\"cadence\":\"ANNUAL\",\"unitCode\":\"WIT-SEKSI\"");
      List<Integer> ids = JsonPath.read(get("wit.staf", "/api/v1/skp?year=" + year, null).getBody(),
          "$[?(@.revision == 0)].id");
      long skp = ids.get(0).longValue();
      assertThat(putJson("wit.staf", "/api/v1/skp/" + skp, """
          {"rhk":[{"text":"Terlayaninya surat masuk","type":"UTAMA","weight":100,"indicators":[
            {"text":"Surat diproses","aspect":"KUANTITAS","approach":"KUANTITATIF","target":100,"unit":"surat",
             "direction":"HIGHER_IS_BETTER"}]}]}""").getStatusCode()).isEqualTo(HttpStatus.OK);

      theSupervisorWritesTheSpecificExpectationsBeforeTheSkpIsAgreed(skp);

      assertThat(postJson("wit.staf", "/api/v1/skp/" + skp + "/submit", "").getStatusCode()).isEqualTo(HttpStatus.OK);
      ResponseEntity<String> approved = postJson("wit.kasi", "/api/v1/skp/" + skp + "/review",
          "{\"decision\":\"APPROVE\"}");
      assertThat(approved.getStatusCode()).as(approved.getBody()).isEqualTo(HttpStatus.OK);
      // the agreed SKP's check-in is due at 09:00 in Sorong (+09:00), not at 09:00 in Jakarta
      String dialogAt = id.kinerja.support.Pause.until(() -> runtime.createProcessInstanceQuery()
          .processInstanceBusinessKey("dialog-" + skp).list().stream().findFirst()
          .map(p -> (String) runtime.getVariable(p.getId(), id.kinerja.progress.CheckInVariables.DIALOG_TIME))
          .orElse(null), java.util.Objects::nonNull, id.kinerja.support.Pause.BACKGROUND_WORK, "no check-in");
      assertThat(dialogAt).endsWith("T09:00:00+09:00");
      assertThat(putJson("wit.kasi", "/api/v1/skp/" + skp + "/expectations",
          "{\"expectations\":{\"LOYAL\":\"x\"}}").getStatusCode()).as("part of the agreed SKP")
          .isEqualTo(HttpStatus.CONFLICT);

      long indicator = ((Number) JsonPath.<List<Integer>>read(get("wit.staf", "/api/v1/skp/" + skp, null).getBody(),
          "$.rhk[0].indicators[*].id").get(0)).longValue();
      if (witToday.getYear() == witToday.minusDays(1).getYear()) {
        ResponseEntity<String> today = postJson("wit.staf", "/api/v1/skp/" + skp + "/realisations",
            "{\"indicatorId\":" + indicator + ",\"date\":\"" + witToday + "\",\"value\":3}");
        assertThat(today.getStatusCode()).as("dated today in Sorong: " + today.getBody())
            .isEqualTo(HttpStatus.CREATED);
      }
      if (witToday.getYear() == witToday.plusDays(1).getYear()) {
        ResponseEntity<String> tomorrow = postJson("wit.staf", "/api/v1/skp/" + skp + "/realisations",
            "{\"indicatorId\":" + indicator + ",\"date\":\"" + witToday.plusDays(1) + "\",\"value\":3}");
        assertThat(tomorrow.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<String>) JsonPath.read(tomorrow.getBody(), "$.errors[*].field")).contains("date");
      }
    } finally {
      ClockUtil.reset();
    }
  }

  private void theSupervisorWritesTheSpecificExpectationsBeforeTheSkpIsAgreed(long skp) {
    String path = "/api/v1/skp/" + skp + "/expectations";
    String body = "{\"expectations\":{\"BERORIENTASI_PELAYANAN\":\"Surat warga dijawab dalam dua hari kerja\","
        + "\"akuntabel\":\"Arsip surat lengkap setiap bulan\",\"KOMPETEN\":\" \"}}";
    assertThat(putJson("wit.staf", path, body).getStatusCode()).as("not the employee").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(putJson("wit.kadis", path, body).getStatusCode()).as("not the senior").isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> bad = putJson("wit.kasi", path, "{\"expectations\":{\"JUJUR\":\"x\",\"LOYAL\":\""
        + "x".repeat(2001) + "\"}}", "en");
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertProblemJson(bad);
    assertThat(bad.getBody()).contains("Unknown BerAKHLAK value: JUJUR");
    assertThat((List<String>) JsonPath.read(bad.getBody(), "$.errors[*].field"))
        .containsExactlyInAnyOrder("expectations", "expectations.LOYAL");

    ResponseEntity<String> written = putJson("wit.kasi", path, body);
    assertThat(written.getStatusCode()).as(written.getBody()).isEqualTo(HttpStatus.OK);
    String shown = get("wit.staf", "/api/v1/skp/" + skp, null).getBody();
    assertThat((String) JsonPath.read(shown, "$.expectations.BERORIENTASI_PELAYANAN"))
        .isEqualTo("Surat warga dijawab dalam dua hari kerja");
    assertThat((String) JsonPath.read(shown, "$.expectations.AKUNTABEL")).isEqualTo("Arsip surat lengkap setiap bulan");
    assertThat((java.util.Map<String, Object>) JsonPath.read(shown, "$.expectations")).hasSize(2);
  }

  private ResponseEntity<String> putJson(String username, String path, String json, String language) {
    org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
    headers.set("Accept-Language", language);
    return as(username).exchange(path, org.springframework.http.HttpMethod.PUT,
        new org.springframework.http.HttpEntity<>(json, headers), String.class);
  }

  private synchronized void buildTheWitGovernment() {
    ok(postCsv("hr", "/api/v1/units/import", """
        kode,nama,tingkat,induk_kode,zona_waktu,kedudukan
        WIT,Pemerintah Kabupaten Uji Sorong,PEMDA,,WIT,Aimas
        WIT-DINAS,Dinas Uji Sorong,OPD,WIT,,
        WIT-SEKSI,Seksi Uji Sorong,SEKSI,WIT-DINAS,,
        """));
    ok(postCsv("hr", "/api/v1/positions/import", """
        kode,nama,jenis,unit_kode,kepala,formasi
        WIT-KADIS,Kepala Dinas Uji Sorong,JPT,WIT-DINAS,true,
        WIT-KASI,Kepala Seksi Uji Sorong,PENGAWAS,WIT-SEKSI,true,
        WIT-STAF,Pengadministrasi Umum,PELAKSANA,WIT-SEKSI,false,
        """));
    ok(postCsv("hr", "/api/v1/employees/import", """
        nip,nama,jenis,unit_kode,jabatan_kode,email,username
        197707072002121091,Kadis Uji Sorong,PNS,WIT-DINAS,WIT-KADIS,wit.kadis@x.go.id,wit.kadis
        198307072008121092,Kasi Uji Sorong,PNS,WIT-SEKSI,WIT-KASI,wit.kasi@x.go.id,wit.kasi
        199107072016122093,Staf Uji Sorong,PNS,WIT-SEKSI,WIT-STAF,wit.staf@x.go.id,wit.staf
        """));
    for (String username : List.of("wit.kadis", "wit.kasi", "wit.staf")) {
      org.camunda.bpm.engine.identity.User user = identityService.createUserQuery().userId(username).singleResult();
      user.setPassword(PASSWORD);
      identityService.saveUser(user);
    }
  }

  private static void ok(ResponseEntity<String> response) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
  }
}
