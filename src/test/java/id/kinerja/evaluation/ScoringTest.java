package id.kinerja.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.planning.Direction;
import id.kinerja.planning.RhkType;
import id.kinerja.progress.Achievement;
import id.kinerja.support.ProcessTestEngine;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Hand-computed scoring cases against the deployed {@code rating-hasil-kerja} decision, one per rule boundary
 * (domain.md: checked in order, the first that holds wins; unrounded values).
 */
@Deployment(resources = "processes/rating-hasil-kerja.dmn")
class ScoringTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessTestEngine.extension();

  private Scoring scoring;

  @BeforeEach
  void scoring(ProcessEngine processEngine) {
    scoring = new Scoring(processEngine.getDecisionService());
  }

  @Test
  void theContractExampleIsAboveExpectation() {
    Score score = scoring.score(skp(rhk(RhkType.UTAMA, 60, higher(10, 12))));

    assertThat(Achievement.report(score.rhk().get(0).indicatorCapaian().get(0))).isEqualTo(new BigDecimal("120.00"));
    assertThat(Achievement.report(score.weightedCapaian())).isEqualTo(new BigDecimal("120.00"));
    assertThat(score.suggestedRating()).isEqualTo(Rating.DI_ATAS_EKSPEKTASI);
  }

  @Test
  void weightedCapaianOfExactly80IsNotBelowExpectation() {
    Score score = scoring.score(skp(rhk(RhkType.UTAMA, 100, higher(10, 8))));

    assertThat(score.weightedCapaian()).isEqualByComparingTo("80");
    assertThat(score.suggestedRating()).isEqualTo(Rating.SESUAI_EKSPEKTASI);
  }

  @Test
  void weightedCapaianJustBelow80IsBelowExpectation() {
    Score score = scoring.score(skp(rhk(RhkType.UTAMA, 100, higher(10000, 7999))));

    assertThat(Achievement.report(score.weightedCapaian())).isEqualTo(new BigDecimal("79.99"));
    assertThat(score.suggestedRating()).isEqualTo(Rating.DI_BAWAH_EKSPEKTASI);
  }

  /** UTAMA 120, 70, 70 (mean 86.67, weight 50) and TAMBAHAN 120 (50): weighted 103.33, but 2 of 3 UTAMA below 80. */
  @Test
  void moreThanHalfOfUtamaBelow80IsBelowExpectationWhateverTheWeightedCapaian() {
    Score score = scoring.score(skp(
        rhk(RhkType.UTAMA, 50, higher(10, 12), higher(10, 7), higher(10, 7)),
        rhk(RhkType.TAMBAHAN, 50, higher(10, 12))));

    assertThat(Achievement.report(score.weightedCapaian())).isEqualTo(new BigDecimal("103.33"));
    assertThat(score.suggestedRating()).isEqualTo(Rating.DI_BAWAH_EKSPEKTASI);
  }

  @Test
  void exactlyHalfOfUtamaBelow80IsNotMoreThanHalf() {
    Score score = scoring.score(skp(rhk(RhkType.UTAMA, 100, higher(10, 12), higher(10, 7))));

    assertThat(score.weightedCapaian()).isEqualByComparingTo("95");
    assertThat(score.suggestedRating()).isEqualTo(Rating.SESUAI_EKSPEKTASI);
  }

  @Test
  void aboveExpectationNeedsMoreThanHalfOfAllIndicatorsAbove100AndNoUtamaBelow100() {
    assertThat(scoring.score(skp(rhk(RhkType.UTAMA, 80, higher(10, 11), higher(10, 10)),
        rhk(RhkType.TAMBAHAN, 20, higher(10, 10)))).suggestedRating())
        .as("1 of 3 above 100").isEqualTo(Rating.SESUAI_EKSPEKTASI);
    assertThat(scoring.score(skp(rhk(RhkType.UTAMA, 80, higher(10, 11), higher(10, 10)),
        rhk(RhkType.TAMBAHAN, 20, higher(20, 21)))).suggestedRating())
        .as("2 of 3 above 100, no UTAMA below 100").isEqualTo(Rating.DI_ATAS_EKSPEKTASI);
    assertThat(scoring.score(skp(rhk(RhkType.UTAMA, 100, higher(10, 11), higher(10, 10)))).suggestedRating())
        .as("exactly half above 100").isEqualTo(Rating.SESUAI_EKSPEKTASI);
    assertThat(scoring.score(skp(rhk(RhkType.UTAMA, 100, higher(10, 12), higher(10, 12), higher(10000, 9999))))
        .suggestedRating()).as("a UTAMA indicator at 99.99").isEqualTo(Rating.SESUAI_EKSPEKTASI);
  }

  @Test
  void lowerIsBetterFlooredAtZero() {
    Score score = scoring.score(skp(rhk(RhkType.UTAMA, 100,
        new ScoredSkp.Indicator(new BigDecimal("5"), new BigDecimal("11"), Direction.LOWER_IS_BETTER))));

    assertThat(score.weightedCapaian()).isEqualByComparingTo("0");
    assertThat(score.suggestedRating()).isEqualTo(Rating.DI_BAWAH_EKSPEKTASI);
  }

  @Test
  void withoutNumericIndicatorsThereIsNoWeightedCapaianAndNoSuggestion() {
    Score score = scoring.score(skp(rhk(RhkType.UTAMA, 100)));

    assertThat(score.weightedCapaian()).isNull();
    assertThat(score.suggestedRating()).isNull();
  }

  private static ScoredSkp skp(ScoredSkp.Rhk... rhk) {
    return new ScoredSkp(Arrays.asList(rhk));
  }

  private static ScoredSkp.Rhk rhk(RhkType type, int weight, ScoredSkp.Indicator... indicators) {
    return new ScoredSkp.Rhk(type, weight, List.of(indicators));
  }

  private static ScoredSkp.Indicator higher(int target, int realisation) {
    return new ScoredSkp.Indicator(BigDecimal.valueOf(target), BigDecimal.valueOf(realisation),
        Direction.HIGHER_IS_BETTER);
  }
}
