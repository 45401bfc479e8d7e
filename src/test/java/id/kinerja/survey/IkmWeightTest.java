package id.kinerja.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 15, finding 10: the exact 1/9 by default, the regulation's 0.111 as a setting shown on the report. */
class IkmWeightTest {

  private static Map<SurveyElement, Long> allFour(long respondents) {
    Map<SurveyElement, Long> sums = new EnumMap<>(SurveyElement.class);
    for (SurveyElement element : SurveyElement.values()) {
      sums.put(element, 4 * respondents);
    }
    return sums;
  }

  @Test
  void theExactNinthGivesAHundredForAllFours() {
    IkmResult result = IkmCalculator.compute(10, allFour(10), IkmWeight.EXACT_NINTH);
    assertThat(result.ikmConverted()).isEqualTo(new BigDecimal("100.00"));
    assertThat(result.weight().label()).isEqualTo("1/9");
  }

  @Test
  void theRegulationsRoundedNinthGives99Point90() {
    // Σ NRR = 36; 36 × 0.111 = 3.996; × 25 = 99.90
    IkmResult result = IkmCalculator.compute(10, allFour(10), IkmWeight.REGULATION_0_111);
    assertThat(result.ikm()).isEqualByComparingTo("3.996");
    assertThat(result.ikmConverted()).isEqualTo(new BigDecimal("99.90"));
    assertThat(IkmView.of("U", "Unit", null, null, result, null, false).weight()).isEqualTo("0,111");
  }
}
