package id.kinerja.planning;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.support.Pause;
import id.kinerja.support.PostgresIntegrationTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A submission validates and freezes exactly the content it submits: an edit under way holds the SKP, the
 * submission waits for it and then judges the edited content; an edit after the submission finds it under review.
 */
class SkpSubmitRaceIT extends PostgresIntegrationTest {

  static final String UNIT = "BKPSDM-BANGKOM-DIKLAT";

  @Autowired
  SkpService skps;

  @Autowired
  PlatformTransactionManager transactions;

  @Test
  void aSubmissionRacingAnEditJudgesTheEditedContentAndALaterEditGets409() throws Exception {
    openCycle("\"year\":2027,\"cadence\":\"QUARTERLY\",\"unitCode\":\"" + UNIT + "\"");
    long skp = skpOf2027("sandi");
    assertThat(putJson("sandi", "/api/v1/skp/" + skp, valid()).getStatusCode()).isEqualTo(HttpStatus.OK);

    // no UTAMA, weights 10 + 10: what the adversarial run got agreed
    SkpDraft ruleBreaking = new SkpDraft(List.of(rhk("Tambahan satu", 10), rhk("Tambahan dua", 10)));
    AtomicReference<CompletableFuture<ResponseEntity<String>>> submit = new AtomicReference<>();
    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      skps.replaceDraft(skp, ruleBreaking, "sandi");
      submit.set(CompletableFuture.supplyAsync(() -> postJson("sandi", "/api/v1/skp/" + skp + "/submit", "")));
      Pause.holds(() -> submit.get().isDone(), done -> !done, java.time.Duration.ofMillis(1500),
          "the submission waits for the edit under way");
    });

    ResponseEntity<String> submitted = submit.get().get(30, TimeUnit.SECONDS);
    assertThat(submitted.getStatusCode()).as(submitted.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    String view = get("sandi", "/api/v1/skp/" + skp, null).getBody();
    assertThat((String) JsonPath.read(view, "$.status")).isEqualTo("DRAFT");

    assertThat(putJson("sandi", "/api/v1/skp/" + skp, valid()).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(postJson("sandi", "/api/v1/skp/" + skp + "/submit", "").getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<String> lateEdit = putJson("sandi", "/api/v1/skp/" + skp, valid().replace("100", "90"));
    assertThat(lateEdit.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertProblemJson(lateEdit);
    List<String> texts = JsonPath.read(get("sandi", "/api/v1/skp/" + skp, null).getBody(), "$.rhk[*].text");
    assertThat(texts).as("the reviewer sees what was submitted").containsExactly("Terselenggaranya pelatihan");
  }

  private long skpOf2027(String username) {
    List<Integer> ids = JsonPath.read(get(username, "/api/v1/skp?year=2027", null).getBody(),
        "$[?(@.revision == 0)].id");
    return ids.get(0).longValue();
  }

  private static String valid() {
    return """
        {"rhk":[{"text":"Terselenggaranya pelatihan","type":"UTAMA","weight":100,"indicators":[
          {"text":"Pelatihan terlaksana","aspect":"KUANTITAS","approach":"KUANTITATIF","target":4,
           "unit":"kegiatan","direction":"HIGHER_IS_BETTER"}]}]}""";
  }

  private static SkpDraft.RhkDraft rhk(String text, int weight) {
    return new SkpDraft.RhkDraft(text, "TAMBAHAN", BigDecimal.valueOf(weight), null, null,
        List.of(new SkpDraft.IndicatorDraft("Kegiatan", "KUANTITAS", "KUANTITATIF", BigDecimal.ONE, "kegiatan",
            "HIGHER_IS_BETTER")));
  }
}
