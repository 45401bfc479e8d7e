package id.kinerja.survey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 15, finding 10: the sample size is rounded to the nearest respondent, as the published table. */
class KrejcieMorganTest {

  @ParameterizedTest
  @CsvSource({
      "15, 14",    // 14.40375 / 0.99525 = 14.47 → 14 (rounding up gave 15)
      "50, 44",    // 48.0125 / 1.08275 = 44.34 → 44 (rounding up gave 45)
      "100, 80",   // 79.51 → 80
      "12000, 372"})
  void asInThePublishedTable(int population, int sample) {
    assertThat(IkmCalculator.minimumSample(population)).isEqualTo(sample);
  }
}
