package id.kinerja.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.planning.Direction;
import id.kinerja.planning.RhkType;
import id.kinerja.support.ProcessTestEngine;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Issue 15, findings 2 (round once) and 3 (an UTAMA indicator without realisation: no suggestion). */
@Deployment(resources = "processes/rating-hasil-kerja.dmn")
class CapaianRulesTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessTestEngine.extension();

  private Scoring scoring;

  @BeforeEach
  void scoring(ProcessEngine processEngine) {
    scoring = new Scoring(processEngine.getDecisionService());
  }

  @Test
  void anUtamaIndicatorWithoutRealisationGetsNoSuggestion() {
    Score score = scoring.score(new ScoredSkp(List.of(
        new ScoredSkp.Rhk(RhkType.UTAMA, 50, List.of(
            new ScoredSkp.Indicator(BigDecimal.TEN, new BigDecimal("12"), Direction.HIGHER_IS_BETTER))),
        new ScoredSkp.Rhk(RhkType.UTAMA, 50, List.of(
            new ScoredSkp.Indicator(BigDecimal.TEN, null, Direction.HIGHER_IS_BETTER))))));

    assertThat(score.weightedCapaian()).as("left out of the means").isEqualByComparingTo("120");
    assertThat(score.suggestedRating()).as("today: DI_ATAS_EKSPEKTASI").isNull();
  }

  @Test
  void aTambahanIndicatorWithoutRealisationStillLetsTheDecisionSuggest() {
    Score score = scoring.score(new ScoredSkp(List.of(
        new ScoredSkp.Rhk(RhkType.UTAMA, 100, List.of(
            new ScoredSkp.Indicator(BigDecimal.TEN, BigDecimal.TEN, Direction.HIGHER_IS_BETTER))),
        new ScoredSkp.Rhk(RhkType.TAMBAHAN, 0, List.of(
            new ScoredSkp.Indicator(BigDecimal.TEN, null, Direction.HIGHER_IS_BETTER))))));

    assertThat(score.suggestedRating()).isEqualTo(Rating.SESUAI_EKSPEKTASI);
  }

  @Test
  void theStoredWeightedCapaianIsRoundedOnceFromTheExactValue() {
    Evaluation evaluation = new Evaluation(1L, 1L, "Q1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31),
        Instant.now());
    // 79.994951 exact: rounded once 79.99; through a 4-decimal column 79.9950, then 80.00
    evaluation.scored(new BigDecimal("79.994951"), Rating.DI_BAWAH_EKSPEKTASI);

    assertThat(evaluation.getWeightedCapaian()).isEqualTo(new BigDecimal("79.99"));
  }
}
