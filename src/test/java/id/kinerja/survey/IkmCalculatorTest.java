package id.kinerja.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hand-computed cases (domain.md, SKM/IKM). */
class IkmCalculatorTest {

  @Test
  void everyoneAnswering4GivesTheMaximum() {
    IkmResult result = IkmCalculator.compute(3, sums(12, 12, 12, 12, 12, 12, 12, 12, 12));

    assertThat(result.nrr().get(SurveyElement.U1)).isEqualByComparingTo("4");
    assertThat(result.ikm()).isEqualByComparingTo("4");
    assertThat(result.ikmConverted()).isEqualTo(new BigDecimal("100.00"));
    assertThat(result.grade()).isEqualTo(IkmGrade.A);
  }

  @Test
  void everyoneAnswering1GivesTheMinimum() {
    IkmResult result = IkmCalculator.compute(2, sums(2, 2, 2, 2, 2, 2, 2, 2, 2));

    assertThat(result.ikmConverted()).isEqualTo(new BigDecimal("25.00"));
    assertThat(result.grade()).isEqualTo(IkmGrade.D);
  }

  /**
   * 30 respondents: 10 answer 4 everywhere, 15 answer 3 everywhere, 5 answer 2 everywhere but 1 for U3.
   * Sums: 95 per element, U3 90. NRR 95/30 = 3.1666…, U3 3. IKM = 850 / 270 = 3.148148…;
   * converted = 850 × 25 / 270 = 78.7037… → 78.70, grade B.
   */
  @Test
  void aMixedPeriodByHand() {
    IkmResult result = IkmCalculator.compute(30, sums(95, 95, 90, 95, 95, 95, 95, 95, 95));

    assertThat(result.nrr().get(SurveyElement.U1)).isEqualByComparingTo("3.166666666666667");
    assertThat(result.nrr().get(SurveyElement.U3)).isEqualByComparingTo("3");
    assertThat(result.ikm()).isEqualByComparingTo("3.148148148148148");
    assertThat(result.ikmConverted()).isEqualTo(new BigDecimal("78.70"));
    assertThat(result.grade()).isEqualTo(IkmGrade.B);
    assertThat(result.grade().label()).isEqualTo("Baik");
  }

  /**
   * 40 respondents, every element summing to 125 (5 × 4 + 35 × 3): IKM = 3.125 exactly, converted 78.125, which
   * half-up makes 78.13 (half-even would give 78.12; 0.111 instead of 1/9 would give 78.04).
   */
  @Test
  void theConvertedValueIsRoundedHalfUpFromTheExactNinth() {
    IkmResult result = IkmCalculator.compute(40, sums(125, 125, 125, 125, 125, 125, 125, 125, 125));

    assertThat(result.ikm()).isEqualByComparingTo("3.125");
    assertThat(result.ikmConverted()).isEqualTo(new BigDecimal("78.13"));
  }

  @ParameterizedTest
  @CsvSource({
      "32, 88.89, A",   // one respondent: 32 × 25 / 9
      "31, 86.11, B",
      "28, 77.78, B",
      "27, 75.00, C",
      "24, 66.67, C",
      "23, 63.89, D"})
  void oneRespondentsTotalGradedByHand(int total, String converted, IkmGrade grade) {
    Map<SurveyElement, Long> sums = new EnumMap<>(SurveyElement.class);
    int left = total;
    for (SurveyElement element : SurveyElement.values()) {
      int remaining = SurveyElement.values().length - element.ordinal() - 1;
      long value = Math.min(4, left - remaining);
      sums.put(element, value);
      left -= value;
    }

    IkmResult result = IkmCalculator.compute(1, sums);

    assertThat(result.ikmConverted()).isEqualTo(new BigDecimal(converted));
    assertThat(result.grade()).isEqualTo(grade);
  }

  @ParameterizedTest
  @CsvSource({
      "25.00, D", "64.99, D", "65.00, C", "76.60, C", "76.61, B", "88.30, B", "88.31, A", "100.00, A"})
  void gradeBoundaries(String converted, IkmGrade grade) {
    assertThat(IkmGrade.of(new BigDecimal(converted))).isEqualTo(grade);
  }

  @Test
  void noResponsesGiveNoFigures() {
    IkmResult result = IkmCalculator.compute(0, Map.of());

    assertThat(result.ikm()).isNull();
    assertThat(result.ikmConverted()).isNull();
    assertThat(result.grade()).isNull();
  }

  @ParameterizedTest
  @CsvSource({
      "1, 1",          // 0.96025 / 0.96025
      "100, 80",       // 96.025 / 1.20775 = 79.51 → 80 (Krejcie–Morgan table: 80)
      "1000, 278",     // 960.25 / 3.45775 = 277.71 → 278 (table: 278)
      "12000, 372"})   // 11523 / 30.95775 = 372.22 → 372 (nearest, issue 15)
  void krejcieMorganSampleSizeRoundedToTheNearest(int population, int sample) {
    assertThat(IkmCalculator.minimumSample(population)).isEqualTo(sample);
  }

  @Test
  void noDeclaredPopulationMeansNoSampleSize() {
    assertThat(IkmCalculator.minimumSample(null)).isNull();
    assertThat(IkmCalculator.minimumSample(0)).isNull();
  }

  private static Map<SurveyElement, Long> sums(long... values) {
    Map<SurveyElement, Long> sums = new EnumMap<>(SurveyElement.class);
    for (SurveyElement element : SurveyElement.values()) {
      sums.put(element, values[element.ordinal()]);
    }
    return sums;
  }
}
