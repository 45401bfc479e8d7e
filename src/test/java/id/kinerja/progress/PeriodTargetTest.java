package id.kinerja.progress;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.planning.Aggregation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** domain.md, SKP "Period targets" and Achievement: the target up to period k of n (issue 15, finding 1). */
class PeriodTargetTest {

  private static final BigDecimal T = new BigDecimal("100");

  @Test
  void aSumIndicatorWithoutPeriodTargetsGetsTkOverN() {
    assertThat(Achievement.periodTarget(Aggregation.SUM, T, List.of(), 1, 4)).isEqualByComparingTo("25");
    assertThat(Achievement.periodTarget(Aggregation.SUM, T, null, 3, 4)).isEqualByComparingTo("75");
    assertThat(Achievement.periodTarget(Aggregation.SUM, T, null, 1, 12))
        .isEqualByComparingTo(T.divide(BigDecimal.valueOf(12), Achievement.PRECISION));
    assertThat(Achievement.periodTarget(Aggregation.SUM, T, null, 4, 4)).isEqualByComparingTo("100");
  }

  @Test
  void latestAndAverageIndicatorsGetTInEveryPeriod() {
    assertThat(Achievement.periodTarget(Aggregation.LATEST, T, null, 1, 4)).isEqualByComparingTo("100");
    assertThat(Achievement.periodTarget(Aggregation.AVERAGE, T, null, 2, 2)).isEqualByComparingTo("100");
  }

  @Test
  void enteredPeriodTargetsWinAndTheAnnualEvaluationComparesWithT() {
    List<BigDecimal> entered = List.of(new BigDecimal("10"), new BigDecimal("40"), new BigDecimal("70"), T);
    assertThat(Achievement.periodTarget(Aggregation.SUM, T, entered, 1, 4)).isEqualByComparingTo("10");
    assertThat(Achievement.periodTarget(Aggregation.LATEST, T, entered, 2, 4)).isEqualByComparingTo("40");
    assertThat(Achievement.periodTarget(Aggregation.SUM, T, entered, 0, 4)).as("annual").isEqualByComparingTo("100");
  }

  @Test
  void aQ1SumIndicatorRealisedAtItsPaceScores100NotAQuarter() {
    BigDecimal q1 = Achievement.periodTarget(Aggregation.SUM, T, null, 1, 4);
    assertThat(Achievement.report(Achievement.indicatorCapaian(new BigDecimal("25"), q1, null)))
        .isEqualTo(new BigDecimal("100.00"));
  }

  @Test
  void progressExpectsThePeriodTargetInterpolatedWithinThePeriod() {
    List<Achievement.Span> quarters = List.of(
        new Achievement.Span(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)),
        new Achievement.Span(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)),
        new Achievement.Span(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)),
        new Achievement.Span(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)));
    List<BigDecimal> entered = List.of(new BigDecimal("10"), new BigDecimal("40"), new BigDecimal("70"), T);
    assertThat(Achievement.targetAsOf(Aggregation.SUM, T, entered, quarters, 2026, LocalDate.of(2026, 3, 31)))
        .isEqualByComparingTo("10");
    assertThat(Achievement.targetAsOf(Aggregation.SUM, T, null, quarters, 2026, LocalDate.of(2026, 6, 30)))
        .isEqualByComparingTo("50");
    assertThat(Achievement.targetAsOf(Aggregation.LATEST, T, entered, quarters, 2026, LocalDate.of(2026, 5, 1)))
        .isEqualByComparingTo("40");
    assertThat(Achievement.targetAsOf(Aggregation.SUM, T, null, List.of(), 2026, LocalDate.of(2026, 12, 31)))
        .as("annual cadence: the share of the year").isEqualByComparingTo("100");
  }
}
