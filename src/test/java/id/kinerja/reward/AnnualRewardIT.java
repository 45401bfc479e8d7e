package id.kinerja.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.evaluation.AnnualResultScenario;
import id.kinerja.evaluation.Evaluation;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * The reward path after an annual SANGAT_BAIK (yusuf, {@link AnnualResultScenario}): the supervisor proposes, HR
 * decides within the organisation's yearly budget, the approved certificate is the employee's and verifiable.
 */
class AnnualRewardIT extends AnnualResultScenario {

  @Test
  void aSangatBaikResultLeadsToProposalsHrDecidesWithinTheBudgetAndTheCertificateIsVerifiable() throws Exception {
    Evaluation yusuf = annualResults().yusuf();

    closeObjectionWindow(yusuf.getId());
    assertThat(creditMultiplierOf(yusuf.getId())).as("pelaksana").isNull();

    // SANGAT_BAIK: the reward path
    Task propose = awaitTask(taskService, "kasi.imunisasi", "UsulkanPenghargaan");
    forms.submitTaskForm(propose.getId(), Map.of("usulan", "[{\"jenis\":\"SERTIFIKAT\",\"alasan\":\"Desa UCI "
        + "tertinggi\"},{\"jenis\":\"INSENTIF\",\"jumlah\":3000000,\"alasan\":\"Kerja lembur imunisasi\"}]"));
    assertThat(putJson("kasi.imunisasi", "/api/v1/rewards/budgets",
        "{\"organisationCode\":\"DINKES\",\"year\":2026,\"amount\":2000000}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(putJson("hr", "/api/v1/rewards/budgets", "{\"organisationCode\":\"NOPE\",\"year\":2026,"
        + "\"amount\":-1}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(putJson("hr", "/api/v1/rewards/budgets",
        "{\"organisationCode\":\"DINKES\",\"year\":2026,\"amount\":2000000}").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    Task decide = taskService.createTaskQuery().taskDefinitionKey("PutuskanPenghargaan").taskCandidateGroup("hr")
        .singleResult();
    List<Map<String, Object>> proposals = JsonPath.read(get("yusuf", "/api/v1/evaluations/" + yusuf.getId()
        + "/rewards", null).getBody(), "$");
    String certificateId = String.valueOf(proposals.get(0).get("id"));
    String incentiveId = String.valueOf(proposals.get(1).get("id"));
    identityService.setAuthentication("hr", List.of("hr", "pegawai"));
    try {
      String both = "[{\"rewardId\":\"" + certificateId + "\",\"keputusan\":\"APPROVE\"},{\"rewardId\":\""
          + incentiveId + "\",\"keputusan\":\"APPROVE\"}]";
      assertThatThrownBy(() -> forms.submitTaskForm(decide.getId(), Map.of("keputusanPenghargaan", both)))
          .hasMessageContaining("melebihi sisa anggaran tahunan organisasi (Rp 2000000.00)");
      forms.submitTaskForm(decide.getId(), Map.of("keputusanPenghargaan", both.replace("\"" + incentiveId
          + "\",\"keputusan\":\"APPROVE\"", "\"" + incentiveId + "\",\"keputusan\":\"REJECT\"")));
    } finally {
      identityService.clearAuthentication();
    }

    String rewards = get("yusuf", "/api/v1/evaluations/" + yusuf.getId() + "/rewards", null).getBody();
    List<String> statuses = JsonPath.read(rewards, "$[*].status");
    assertThat(statuses).containsExactly("APPROVED", "REJECTED");
    String link = JsonPath.read(rewards, "$[0].certificate");
    var pdf = as("yusuf").getForEntity(link, byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    String text;
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.getBody())) {
      text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
    }
    assertThat(text).contains("SERTIFIKAT PENGHARGAAN").contains("Yusuf Maulana").contains("Desa UCI tertinggi");
    assertThat(as("nurul").getForEntity(link, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    String code = text.lines().filter(l -> l.startsWith("Kode verifikasi: ")).findFirst().orElseThrow()
        .substring("Kode verifikasi: ".length()).trim();
    assertThat(http.getForEntity("/verifikasi/" + code, String.class).getBody())
        .contains("Sertifikat penghargaan").contains("Yusuf Maulana").doesNotContain(text.lines()
            .filter(l -> l.startsWith("NIP: ")).findFirst().orElseThrow().substring(5).trim());
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("penghargaan").count()).isZero();
  }
}
