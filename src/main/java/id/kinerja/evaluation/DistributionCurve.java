package id.kinerja.evaluation;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The distribution curve (domain.md) as editable configuration ({@code kinerja.curve.<ORGANISATION_PREDIKAT>}):
 * per organisation predikat a list of rules, each on a set of employee predikat with one bound —
 * {@code at-most-percent}, {@code at-least-percent} or {@code at-least-count}.
 */
@ConfigurationProperties("kinerja")
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
