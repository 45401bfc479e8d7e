package id.kinerja.progress;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.planning.Aggregation;
import id.kinerja.planning.Aspect;
import id.kinerja.planning.Direction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hand-computed cases for domain.md "Achievement (capaian) per indicator". */
class AchievementTest {

  private static final Instant T = Instant.parse("2026-03-01T01:00:00Z");

  @ParameterizedTest
  @CsvSource({
      // R, T, direction, expected C (reported, 2 decimals)
      "9, 12, HIGHER_IS_BETTER, 75.00",
      "12, 12, HIGHER_IS_BETTER, 100.00",
      "15, 12, HIGHER_IS_BETTER, 120.00",     // 125 capped at 120
      "1, 3, HIGHER_IS_BETTER, 33.33",        // 33.333…
      "2, 3, HIGHER_IS_BETTER, 66.67",        // 66.666… half-up
      "4, 5, LOWER_IS_BETTER, 120.00",        // (2 − 0.8) × 100 = 120
      "5, 5, LOWER_IS_BETTER, 100.00",
      "6, 5, LOWER_IS_BETTER, 80.00",         // (2 − 1.2) × 100
      "3, 5, LOWER_IS_BETTER, 120.00",        // 140 capped
      "11, 5, LOWER_IS_BETTER, 0.00",         // (2 − 2.2) × 100 = −20 floored at 0
      "7, 6, LOWER_IS_BETTER, 83.33",         // (2 − 1.1666…) × 100 = 83.333…
      "0, 12, HIGHER_IS_BETTER, 0.00"})
  void indicatorCapaian(String r, String t, Direction direction, String expected) {
    BigDecimal c = Achievement.indicatorCapaian(new BigDecimal(r), new BigDecimal(t), direction);

    assertThat(Achievement.report(c)).isEqualTo(new BigDecimal(expected));
  }

  @Test
  void noRealisationOrNoPositiveTargetGivesNoCapaian() {
    assertThat(Achievement.indicatorCapaian(null, BigDecimal.TEN, Direction.HIGHER_IS_BETTER)).isNull();
    assertThat(Achievement.indicatorCapaian(BigDecimal.valueOf(8), BigDecimal.TEN, null))
        .as("no direction: higher is better").isEqualByComparingTo("80");
    assertThat(Achievement.indicatorCapaian(BigDecimal.ONE, BigDecimal.ZERO, Direction.HIGHER_IS_BETTER)).isNull();
  }

  @Test
  void aggregationFollowsTheAspect() {
    assertThat(Aggregation.defaultFor(Aspect.KUANTITAS)).isEqualTo(Aggregation.SUM);
    assertThat(Aggregation.defaultFor(Aspect.BIAYA)).isEqualTo(Aggregation.SUM);
    assertThat(Aggregation.defaultFor(Aspect.KUALITAS)).isEqualTo(Aggregation.LATEST);
    assertThat(Aggregation.defaultFor(Aspect.WAKTU)).isEqualTo(Aggregation.AVERAGE);
  }

  @Test
  void sumLatestAndAverage() {
    List<Achievement.Entry> entries = List.of(
        entry("2026-02-10", 0, "4"),
        entry("2026-02-20", 1, "3"),
        entry("2026-02-20", 0, "5"),   // same date, entered earlier than the one above
        entry("2026-01-05", 2, "2"));

    assertThat(Achievement.realisedSoFar(Aggregation.SUM, entries)).isEqualByComparingTo("14");
    assertThat(Achievement.realisedSoFar(Aggregation.LATEST, entries)).isEqualByComparingTo("3");
    assertThat(Achievement.realisedSoFar(Aggregation.AVERAGE, entries)).isEqualByComparingTo("3.5");
    assertThat(Achievement.realisedSoFar(Aggregation.AVERAGE,
        List.of(entry("2026-01-01", 0, "1"), entry("2026-01-02", 0, "1"), entry("2026-01-03", 0, "2"))))
        .isEqualByComparingTo("1.333333333333333333333333333333333");
    assertThat(Achievement.realisedSoFar(Aggregation.SUM, List.of())).isNull();
  }

  /**
   * RHK A (weight 60): indicators 75 and 120 (125 capped) → mean 97.5. RHK B (weight 40): 83.333… → weighted
   * (97.5 × 60 + 83.333… × 40) / 100 = 58.5 + 33.333… = 91.8333… → 91.83.
   */
  @Test
  void rhkMeanAndWeightedSkpCapaianOnUnroundedValues() {
    BigDecimal a = Achievement.rhkCapaian(Arrays.asList(
        Achievement.indicatorCapaian(new BigDecimal("9"), new BigDecimal("12"), Direction.HIGHER_IS_BETTER),
        Achievement.indicatorCapaian(new BigDecimal("15"), new BigDecimal("12"), Direction.HIGHER_IS_BETTER)));
    BigDecimal b = Achievement.rhkCapaian(List.of(
        Achievement.indicatorCapaian(new BigDecimal("7"), new BigDecimal("6"), Direction.LOWER_IS_BETTER)));

    BigDecimal skp = Achievement.weightedCapaian(List.of(new Achievement.WeightedRhk(a, 60),
        new Achievement.WeightedRhk(b, 40)));

    assertThat(a).isEqualByComparingTo("97.5");
    assertThat(Achievement.report(skp)).isEqualTo(new BigDecimal("91.83"));
  }

  /** Only RHK with a numeric indicator count: (80 × 70) / 70 = 80, the qualitative RHK (weight 30) is left out. */
  @Test
  void rhkWithoutNumericIndicatorsAreLeftOutOfTheWeights() {
    BigDecimal skp = Achievement.weightedCapaian(List.of(
        new Achievement.WeightedRhk(new BigDecimal("80"), 70), new Achievement.WeightedRhk(null, 30)));

    assertThat(Achievement.report(skp)).isEqualTo(new BigDecimal("80.00"));
    assertThat(Achievement.weightedCapaian(List.of(new Achievement.WeightedRhk(null, 100)))).isNull();
    assertThat(Achievement.weightedCapaian(List.of(new Achievement.WeightedRhk(new BigDecimal("90"), 0)))).isNull();
  }

  private static Achievement.Entry entry(String date, int minutes, String value) {
    return new Achievement.Entry(LocalDate.parse(date), T.plusSeconds(60L * minutes), new BigDecimal(value));
  }
}
