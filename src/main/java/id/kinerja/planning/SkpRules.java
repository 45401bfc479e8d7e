package id.kinerja.planning;

import id.kinerja.common.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules an SKP must meet to be submitted (domain.md, SKP): at least one UTAMA RHK; whole-percent weights
 * that sum to exactly 100, a UTAMA RHK weighing more than 0; every RHK with an indicator; every numeric target
 * above 0 with its unit and direction; every UTAMA RHK linked to the supervisor's RHK when the supervisor has an
 * agreed SKP for the year; a perspektif on every RHK of a senior official (JPT). All violations are reported.
 */
final class SkpRules {

  private SkpRules() {
  }

  static List<Violation> check(List<Rhk> rhk, boolean supervisorHasAgreedSkp, boolean seniorOfficial) {
    List<Violation> violations = new ArrayList<>();
    if (rhk.stream().noneMatch(r -> r.getType() == RhkType.UTAMA)) {
      violations.add(Violation.of("rhk", "skp.rule.utama-required"));
    }
    int sum = rhk.stream().mapToInt(Rhk::getWeight).sum();
    if (sum != 100) {
      violations.add(Violation.of("rhk[].weight", "skp.rule.weights-sum", sum));
    }
    for (int i = 0; i < rhk.size(); i++) {
      Rhk r = rhk.get(i);
      String at = "rhk[" + i + "]";
      if (r.getType() == RhkType.UTAMA && r.getWeight() == 0) {
        violations.add(Violation.of(at + ".weight", "skp.rule.utama-weight", i + 1));
      }
      if (r.getIndicators().isEmpty()) {
        violations.add(Violation.of(at + ".indicators", "skp.rule.indicator-required", i + 1));
      }
      if (supervisorHasAgreedSkp && r.getType() == RhkType.UTAMA && r.getSupervisorRhkId() == null) {
        violations.add(Violation.of(at + ".supervisorRhkId", "skp.rule.cascade-required", i + 1));
      }
      if (seniorOfficial && r.getPerspective() == null) {
        violations.add(Violation.of(at + ".perspective", "skp.rule.perspective-required", i + 1));
      }
      for (int j = 0; j < r.getIndicators().size(); j++) {
        Indicator indicator = r.getIndicators().get(j);
        if (!indicator.isNumeric()) {
          continue;
        }
        String in = at + ".indicators[" + j + "]";
        if (indicator.getTarget() == null || indicator.getTarget().compareTo(BigDecimal.ZERO) <= 0) {
          violations.add(Violation.of(in + ".target", "skp.rule.target-positive", i + 1, j + 1));
        }
        if (indicator.getUnit() == null) {
          violations.add(Violation.of(in + ".unit", "skp.rule.unit-required", i + 1, j + 1));
        }
        if (indicator.getDirection() == null) {
          violations.add(Violation.of(in + ".direction", "skp.rule.direction-required", i + 1, j + 1));
        }
      }
    }
    return violations;
  }
}
