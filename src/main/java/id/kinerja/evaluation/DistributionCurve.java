package id.kinerja.evaluation;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The distribution curve (domain.md), one version of the data HR edits ({@link DistributionCurves}, decision 72):
 * per organisation predikat a list of rules, each on a set of employee predikat with bounds —
 * {@code atMostPercent}, {@code atLeastPercent} or {@code atLeastCount}.
 */
public record DistributionCurve(Map<OrganisationPredikat, List<Rule>> curve) {

  public DistributionCurve {
    curve = curve == null ? new EnumMap<>(OrganisationPredikat.class) : curve;
  }

  public record Rule(Set<Predikat> predikat, BigDecimal atMostPercent, BigDecimal atLeastPercent,
      Integer atLeastCount) {
  }

  public List<Rule> rulesFor(OrganisationPredikat organisation) {
    return curve.getOrDefault(organisation, List.of());
  }
}
