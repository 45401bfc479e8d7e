package id.kinerja.survey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The IKM of a unit for a period, as {@code GET /api/v1/surveys/{unitCode}/ikm} shows it. */
public record IkmView(String unitCode, String unitName, LocalDate from, LocalDate to, long respondents,
    Map<String, BigDecimal> nrr, BigDecimal ikm, BigDecimal ikmConverted, String grade, String gradeLabel,
    Integer population, Integer minimumSample, Boolean sampleSufficient, boolean frozen, String weight) {

  static IkmView of(String unitCode, String unitName, LocalDate from, LocalDate to, IkmResult result,
      Integer population, boolean frozen) {
    Map<String, BigDecimal> nrr = new LinkedHashMap<>();
    result.nrr().forEach((element, value) -> nrr.put(element.name(), value));
    Integer minimum = IkmCalculator.minimumSample(population);
    return new IkmView(unitCode, unitName, from, to, result.respondents(), nrr, result.ikm(), result.ikmConverted(),
        result.grade() == null ? null : result.grade().name(), result.grade() == null ? null : result.grade().label(),
        population, minimum, minimum == null ? null : result.respondents() >= minimum, frozen,
        result.weight() == null ? IkmWeight.EXACT_NINTH.label() : result.weight().label());
  }
}
