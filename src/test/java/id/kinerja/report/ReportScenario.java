package id.kinerja.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.support.Pause;
import id.kinerja.support.PostgresIntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A scripted annual cycle for the report and dashboard tests: year 2025, unit DISDIK-SD-KUR (fajar, PPPK pelaksana;
 * rina, PNS fungsional; supervisor kasi.kurikulum, senior kabid.sd) in Dinas Pendidikan (head kadisdik). The Sekda
 * sets the organisation's predikat BAIK; fajar is rated SANGAT_BAIK, rina BUTUH_PERBAIKAN (within a BAIK curve);
 * both results are approved and published. Runs once per test JVM for whichever report test asks first. No other
 * test opens a 2025 cycle in Dinas Pendidikan (the cycle API accepts 2025–2027 only; 2026 DISDIK-SD/-GTK are taken).
 */
abstract class ReportScenario extends PostgresIntegrationTest {

  static final int YEAR = 2025;
  static final String UNIT = "DISDIK-SD-KUR";
  static final String ORGANISATION = "DISDIK";

  private static Long cycle;

  @Autowired
  protected TaskService taskService;

  @Autowired
  protected FormService forms;

  @Autowired
  protected ManagementService managementService;

  @Autowired
  protected RuntimeService runtimeService;

  @Autowired
  protected JdbcTemplate jdbc;

  protected long annualCycle() {
    synchronized (ReportScenario.class) {
      if (cycle == null) {
        cycle = run();
      }
      return cycle;
    }
  }

  private long run() {
    long cycleId = openCycle("\"year\":" + YEAR + ",\"cadence\":\"ANNUAL\",\"unitCode\":\"" + UNIT + "\"");
    for (String employee : List.of("fajar", "rina")) {
      long skp = skp(employee);
      putJson(employee, "/api/v1/skp/" + skp, """
          {"rhk":[{"text":"Kurikulum sekolah dasar tersusun","type":"UTAMA","weight":100,"indicators":[
            {"text":"Dokumen kurikulum","aspect":"KUANTITAS","approach":"KUANTITATIF","target":12,"unit":"dokumen",
             "direction":"HIGHER_IS_BETTER"}]}]}""");
      postJson(employee, "/api/v1/skp/" + skp + "/submit", "");
      assertThat(postJson("kasi.kurikulum", "/api/v1/skp/" + skp + "/review", "{\"decision\":\"APPROVE\"}")
          .getStatusCode()).isEqualTo(HttpStatus.OK);
    }
    postJson("hr", "/api/v1/cycles/" + cycleId + "/evaluations", "{\"period\":\"ANNUAL\"}");

    String organisationInstance = Pause.until(() -> organisationInstance(cycleId), Objects::nonNull,
        Pause.BACKGROUND_WORK, "no predikat-organisasi instance for cycle " + cycleId);
    Task organisation = Pause.until(() -> taskService.createTaskQuery().processInstanceId(organisationInstance)
            .taskDefinitionKey("TetapkanPredikatOrganisasi").singleResult(), Objects::nonNull, Pause.BACKGROUND_WORK,
        "no TetapkanPredikatOrganisasi");
    forms.submitTaskForm(organisation.getId(), Map.of("predikatOrganisasi", "BAIK"));

    forms.submitTaskForm(taskOf("fajar", "fajar", "EvaluasiDiri").getId(), Map.of());
    forms.submitTaskForm(taskOf("rina", "rina", "EvaluasiDiri").getId(), Map.of());
    forms.submitTaskForm(taskOf("fajar", "kasi.kurikulum", "PenilaianKinerja").getId(),
        assessment("DI_ATAS_EKSPEKTASI", "DI_ATAS_EKSPEKTASI"));
    forms.submitTaskForm(taskOf("rina", "kasi.kurikulum", "PenilaianKinerja").getId(),
        assessment("DI_BAWAH_EKSPEKTASI", "SESUAI_EKSPEKTASI"));

    // the organisation's periodic curve check runs now: one SANGAT_BAIK, one BUTUH_PERBAIKAN → within a BAIK curve
    managementService.executeJob(managementService.createJobQuery().processInstanceId(organisationInstance)
        .singleResult().getId());
    forms.submitTaskForm(taskOf("fajar", "kabid.sd", "PersetujuanAkhir").getId(), Map.of("keputusan", "APPROVE"));
    forms.submitTaskForm(taskOf("rina", "kabid.sd", "PersetujuanAkhir").getId(), Map.of("keputusan", "APPROVE"));
    return cycleId;
  }

  /** The id of a user's first SKP of {@link #YEAR}. */
  protected long skp(String username) {
    List<Integer> ids = JsonPath.read(get(username, "/api/v1/skp?year=" + YEAR, null).getBody(),
        "$[?(@.revision == 0)].id");
    return ids.get(0).longValue();
  }

  private String organisationInstance(long cycleId) {
    List<Long> ids = jdbc.queryForList("select id from organisation_rating where cycle_id = ?", Long.class, cycleId);
    if (ids.isEmpty()) {
      return null;
    }
    var instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("organisasi-" + ids.get(0))
        .singleResult();
    return instance == null ? null : instance.getId();
  }

  private Task taskOf(String employee, String assignee, String key) {
    long skp = skp(employee);
    return Pause.until(() -> taskService.createTaskQuery().taskAssignee(assignee).taskDefinitionKey(key).list()
            .stream().filter(task -> employee.equals(runtimeService.getVariable(task.getExecutionId(), "employee")))
            .filter(task -> Long.valueOf(skp).equals(asLong(runtimeService.getVariable(task.getExecutionId(),
                "skpId"))))
            .findFirst().orElse(null),
        Objects::nonNull, Pause.BACKGROUND_WORK, "no " + key + " task of " + employee + " for " + assignee);
  }

  private static Long asLong(Object value) {
    return value instanceof Number n ? n.longValue() : value == null ? null : Long.valueOf(value.toString());
  }

  private static Map<String, Object> assessment(String results, String behaviour) {
    Map<String, Object> form = new HashMap<>();
    form.put("ratingHasilKerja", results);
    form.put("ratingPerilakuKerja", behaviour);
    for (String value : List.of("BERORIENTASI_PELAYANAN", "AKUNTABEL", "KOMPETEN", "HARMONIS", "LOYAL", "ADAPTIF",
        "KOLABORATIF")) {
      form.put("perilaku_" + value, behaviour);
    }
    form.put("alasanPerubahan", "Realisasi dinilai dari laporan seksi");
    return form;
  }
}
