package id.kinerja.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.common.ValidationFailedException;
import id.kinerja.common.Violation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Period targets entered with the SKP (issue 15, finding 1): read from JSON or the form's text, validated. */
class PeriodTargetsDraftTest {

  private static SkpDraft draft(String aspect, List<BigDecimal> periodTargets) {
    return new SkpDraft(List.of(new SkpDraft.RhkDraft("RHK", "UTAMA", BigDecimal.valueOf(100), null, null,
        List.of(new SkpDraft.IndicatorDraft("IKI", aspect, "KUANTITATIF", new BigDecimal("100"), "dokumen",
            "HIGHER_IS_BETTER", null, null, periodTargets)))));
  }

  private static List<BigDecimal> numbers(String... values) {
    return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
  }

  private static List<String> keys(Runnable read) {
    try {
      read.run();
      return List.of();
    } catch (ValidationFailedException e) {
      return e.violations().stream().map(Violation::messageKey).toList();
    }
  }

  @Test
  void oneCumulativeTargetPerPeriodIsStored() {
    List<Rhk> rhk = SkpDraftReader.read(draft("KUANTITAS", numbers("10", "40", "70", "100")), Set.of(), u -> true, 4);
    assertThat(rhk.get(0).getIndicators().get(0).getPeriodTargets()).isEqualTo(numbers("10", "40", "70", "100"));
  }

  @Test
  void wrongCountDecreasingSumLastNotTAndAnnualCyclesAreRefused() {
    assertThat(keys(() -> SkpDraftReader.read(draft("KUANTITAS", numbers("10", "100")), Set.of(), u -> true, 4)))
        .containsExactly("skp.draft.period-targets-count");
    assertThat(keys(() -> SkpDraftReader.read(draft("KUANTITAS", numbers("10", "5", "70", "100")), Set.of(),
        u -> true, 4))).containsExactly("skp.draft.period-targets-cumulative");
    assertThat(keys(() -> SkpDraftReader.read(draft("KUANTITAS", numbers("10", "40", "70", "90")), Set.of(),
        u -> true, 4))).containsExactly("skp.draft.period-targets-last");
    assertThat(keys(() -> SkpDraftReader.read(draft("KUANTITAS", numbers("0", "40", "70", "100")), Set.of(),
        u -> true, 4))).containsExactly("skp.draft.period-target-format");
    assertThat(keys(() -> SkpDraftReader.read(draft("KUANTITAS", numbers("100")), Set.of(), u -> true, 0)))
        .containsExactly("skp.draft.period-targets-annual");
  }

  @Test
  void aLatestIndicatorMayGoUpAndDown() {
    assertThat(keys(() -> SkpDraftReader.read(draft("KUALITAS", numbers("90", "80", "95", "90")), Set.of(),
        u -> true, 4))).isEmpty();
  }

  @Test
  void theFormsTextAndTheApisArrayReadAlike() throws Exception {
    ObjectMapper json = new ObjectMapper();
    SkpDraft.IndicatorDraft fromForm = json.readValue("{\"periodTargets\":\"10; 40;70,5 ; 100\"}",
        SkpDraft.IndicatorDraft.class);
    SkpDraft.IndicatorDraft fromApi = json.readValue("{\"periodTargets\":[10,40,70.5,100]}",
        SkpDraft.IndicatorDraft.class);
    assertThat(fromForm.periodTargets()).isEqualTo(numbers("10", "40", "70.5", "100"));
    assertThat(fromApi.periodTargets()).isEqualTo(numbers("10", "40", "70.5", "100"));
    assertThat(json.readValue("{\"periodTargets\":\"\"}", SkpDraft.IndicatorDraft.class).periodTargets()).isNull();
    assertThatThrownBy(() -> json.readValue("{\"periodTargets\":\"10;x\"}", SkpDraft.IndicatorDraft.class))
        .hasMessageContaining("periodTargets");
  }
}
