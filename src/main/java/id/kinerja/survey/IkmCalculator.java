package id.kinerja.survey;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

/**
 * The one place of SKM/IKM arithmetic (PermenPANRB 14/2017 as domain.md reads it): NRR per element = mean of its
 * answers; IKM = Σ NRR × 1/9 (the exact ninth, not 0.111); converted IKM = IKM × 25, rounded half-up to 2 decimals
 * before grading. NRR and IKM are never rounded along the way: the converted value is computed from the exact
 * rational Σ answers × 25 / (9 × respondents). Sample size: Krejcie–Morgan with χ² = 3.841, P = 0.5, d = 0.05,
 * rounded to the nearest whole respondent (half up), as in the published table.
 */
public final class IkmCalculator {

  /** Precision of the reported (unrounded) NRR and IKM. */
  static final MathContext REPORTED = MathContext.DECIMAL64;
  private static final BigDecimal CHI_SQUARE = new BigDecimal("3.841");
  private static final BigDecimal P_TIMES_Q = new BigDecimal("0.25");
  private static final BigDecimal D_SQUARED = new BigDecimal("0.0025");

  private IkmCalculator() {
  }

  /**
   * @param respondents number of responses (each answered all nine elements)
   * @param sums the sum of the answers per element
   */
  public static IkmResult compute(long respondents, Map<SurveyElement, Long> sums) {
    return compute(respondents, sums, IkmWeight.EXACT_NINTH);
  }

  /**
   * @param weight the exact 1/9 (default) or the regulation's 0.111 (Σ NRR × 0.111, converted × 25, still exact
   *     until the one rounding of the converted value)
   */
  public static IkmResult compute(long respondents, Map<SurveyElement, Long> sums, IkmWeight weight) {
    if (respondents <= 0) {
      return IkmResult.empty();
    }
    Map<SurveyElement, BigDecimal> nrr = new EnumMap<>(SurveyElement.class);
    BigInteger total = BigInteger.ZERO;
    for (SurveyElement element : SurveyElement.values()) {
      long sum = sums.getOrDefault(element, 0L);
      nrr.put(element, BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(respondents), REPORTED));
      total = total.add(BigInteger.valueOf(sum));
    }
    BigDecimal ikm;
    BigDecimal converted;
    if (weight == IkmWeight.REGULATION_0_111) {
      BigDecimal weighted = new BigDecimal(total).multiply(IkmWeight.ROUNDED_NINTH);
      ikm = weighted.divide(BigDecimal.valueOf(respondents), REPORTED);
      converted = weighted.multiply(BigDecimal.valueOf(25)).divide(BigDecimal.valueOf(respondents), 2,
          RoundingMode.HALF_UP);
    } else {
      BigDecimal denominator = new BigDecimal(BigInteger.valueOf(respondents).multiply(BigInteger.valueOf(9)));
      ikm = new BigDecimal(total).divide(denominator, REPORTED);
      converted = new BigDecimal(total.multiply(BigInteger.valueOf(25))).divide(denominator, 2, RoundingMode.HALF_UP);
    }
    return new IkmResult(respondents, nrr, ikm, converted, IkmGrade.of(converted), weight);
  }

  /**
   * Krejcie–Morgan minimum sample for a served population, rounded to the nearest whole respondent (half up), as in
   * the published table (N = 15 → 14, 50 → 44, 100 → 80); null without a population.
   */
  public static Integer minimumSample(Integer population) {
    if (population == null || population <= 0) {
      return null;
    }
    BigDecimal n = BigDecimal.valueOf(population);
    BigDecimal numerator = CHI_SQUARE.multiply(n).multiply(P_TIMES_Q);
    BigDecimal denominator = D_SQUARED.multiply(n.subtract(BigDecimal.ONE)).add(CHI_SQUARE.multiply(P_TIMES_Q));
    return numerator.divide(denominator, 0, RoundingMode.HALF_UP).intValueExact();
  }
}
