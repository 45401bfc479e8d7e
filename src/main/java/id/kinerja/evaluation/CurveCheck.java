package id.kinerja.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether an organisation's employee predikat fit its curve. Counting (domain.md): "at most p%" allows
 * ceil(p·N) employees, "at least p%" needs floor(p·N), computed exactly (0.7 × 10 is 7, not 7.000000000000001).
 */
public class CurveCheck {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final DistributionCurve curve;

  public CurveCheck(DistributionCurve curve) {
    this.curve = curve;
  }

  /** One broken rule: which predikat, the bound in employees, and how many there are. */
  public record Breach(DistributionCurve.Rule rule, String bound, int allowedOrRequired, int actual) {
  }

  public List<Breach> check(OrganisationPredikat organisation, Map<Predikat, Integer> counts) {
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    List<Breach> breaches = new ArrayList<>();
    for (DistributionCurve.Rule rule : curve.rulesFor(organisation)) {
      int actual = rule.predikat().stream().mapToInt(p -> counts.getOrDefault(p, 0)).sum();
      if (rule.atMostPercent() != null) {
        int allowed = share(rule.atMostPercent(), total, RoundingMode.CEILING);
        if (actual > allowed) {
          breaches.add(new Breach(rule, "AT_MOST", allowed, actual));
        }
      }
      if (rule.atLeastPercent() != null) {
        int required = share(rule.atLeastPercent(), total, RoundingMode.FLOOR);
        if (actual < required) {
          breaches.add(new Breach(rule, "AT_LEAST", required, actual));
        }
      }
      if (rule.atLeastCount() != null && total > 0 && actual < rule.atLeastCount()) {
        breaches.add(new Breach(rule, "AT_LEAST", rule.atLeastCount(), actual));
      }
    }
    return breaches;
  }

  static int share(BigDecimal percent, int total, RoundingMode rounding) {
    return percent.multiply(BigDecimal.valueOf(total)).divide(HUNDRED, 0, rounding).intValueExact();
  }
}
