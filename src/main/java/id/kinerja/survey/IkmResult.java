package id.kinerja.survey;

import java.math.BigDecimal;
import java.util.Map;

/** The IKM of a set of responses; for no responses, every figure is null. */
public record IkmResult(long respondents, Map<SurveyElement, BigDecimal> nrr, BigDecimal ikm,
    BigDecimal ikmConverted, IkmGrade grade, IkmWeight weight) {

  public IkmResult(long respondents, Map<SurveyElement, BigDecimal> nrr, BigDecimal ikm, BigDecimal ikmConverted,
      IkmGrade grade) {
    this(respondents, nrr, ikm, ikmConverted, grade, IkmWeight.EXACT_NINTH);
  }

  static IkmResult empty() {
    return new IkmResult(0, Map.of(), null, null, null);
  }
}
