package id.kinerja.planning;

import id.kinerja.common.ValidationFailedException;
import id.kinerja.common.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a {@link SkpDraft} into RHK and indicators, refusing what cannot be stored even as a draft (unknown
 * values, missing text, fractional weights, a supervisor RHK the employee may not link to). The rules an SKP must
 * meet before it is submitted are in {@link SkpRules}.
 */
final class SkpDraftReader {

  static final int MAX_RHK = 30;
  static final int MAX_INDICATORS = 10;
  static final int MAX_TEXT = 2000;

  private SkpDraftReader() {
  }

  /** @param linkableRhkIds the ids of the RHK in the supervisor's agreed SKP */
  static List<Rhk> read(SkpDraft draft, Set<Long> linkableRhkIds, java.util.function.Predicate<String> unitExists) {
    return read(draft, linkableRhkIds, unitExists, -1);
  }

  /**
   * @param periodicPeriods the number of periodic periods of the SKP's cycle (0 for an annual cadence), against which
   *     period targets are checked; negative: not known, period targets are checked for their format only
   */
  static List<Rhk> read(SkpDraft draft, Set<Long> linkableRhkIds, java.util.function.Predicate<String> unitExists,
      int periodicPeriods) {
    List<Violation> violations = new ArrayList<>();
    List<SkpDraft.RhkDraft> rhkDrafts = draft == null || draft.rhk() == null ? List.of() : draft.rhk();
    if (rhkDrafts.size() > MAX_RHK) {
      violations.add(Violation.of("rhk", "skp.draft.too-many-rhk", MAX_RHK));
    }
    List<Rhk> result = new ArrayList<>();
    for (int i = 0; i < rhkDrafts.size(); i++) {
      SkpDraft.RhkDraft d = rhkDrafts.get(i);
      String at = "rhk[" + i + "]";
      if (d == null) {
        violations.add(Violation.of(at, "skp.draft.rhk-empty"));
        continue;
      }
      String text = text(d.text(), at + ".text", violations);
      RhkType type = value(RhkType.class, d.type(), at + ".type", violations);
      int weight = weight(d.weight(), at + ".weight", violations);
      Perspective perspective = d.perspective() == null || d.perspective().isBlank() ? null
          : value(Perspective.class, d.perspective(), at + ".perspective", violations);
      if (d.supervisorRhkId() != null && !linkableRhkIds.contains(d.supervisorRhkId())) {
        violations.add(Violation.of(at + ".supervisorRhkId", "skp.draft.supervisor-rhk-unknown", d.supervisorRhkId()));
      }
      List<SkpDraft.IndicatorDraft> indicatorDrafts = d.indicators() == null ? List.of() : d.indicators();
      if (indicatorDrafts.size() > MAX_INDICATORS) {
        violations.add(Violation.of(at + ".indicators", "skp.draft.too-many-indicators", MAX_INDICATORS));
      }
      List<Indicator> indicators = new ArrayList<>();
      for (int j = 0; j < indicatorDrafts.size(); j++) {
        indicators.add(indicator(indicatorDrafts.get(j), j, at + ".indicators[" + j + "]", violations, unitExists,
            periodicPeriods));
      }
      result.add(new Rhk(i, text, type, weight, d.supervisorRhkId(), perspective, indicators));
    }
    if (!violations.isEmpty()) {
      throw new ValidationFailedException("skp.draft.invalid", violations);
    }
    return result;
  }

  private static Indicator indicator(SkpDraft.IndicatorDraft d, int index, String at, List<Violation> violations,
      java.util.function.Predicate<String> unitExists, int periodicPeriods) {
    if (d == null) {
      violations.add(Violation.of(at, "skp.draft.indicator-empty"));
      return null;
    }
    String text = text(d.text(), at + ".text", violations);
    Aspect aspect = value(Aspect.class, d.aspect(), at + ".aspect", violations);
    Approach approach = value(Approach.class, d.approach(), at + ".approach", violations);
    Direction direction = d.direction() == null || d.direction().isBlank() ? null
        : value(Direction.class, d.direction(), at + ".direction", violations);
    String unit = d.unit() == null || d.unit().isBlank() ? null : d.unit().trim();
    if (unit != null && unit.length() > 64) {
      violations.add(Violation.of(at + ".unit", "skp.draft.unit-too-long", 64));
    }
    if (d.target() != null && (d.target().scale() > 4 || d.target().abs().compareTo(new BigDecimal("1E14")) >= 0)) {
      violations.add(Violation.of(at + ".target", "skp.draft.target-format"));
    }
    Aggregation aggregation = d.aggregation() == null || d.aggregation().isBlank() ? null
        : value(Aggregation.class, d.aggregation(), at + ".aggregation", violations);
    String ikmUnitCode = d.ikmUnitCode() == null || d.ikmUnitCode().isBlank() ? null : d.ikmUnitCode().trim();
    if (ikmUnitCode != null && !unitExists.test(ikmUnitCode)) {
      violations.add(Violation.of(at + ".ikmUnitCode", "skp.draft.ikm-unit-unknown", ikmUnitCode));
    }
    if (ikmUnitCode != null && approach == Approach.KUALITATIF) {
      violations.add(Violation.of(at + ".ikmUnitCode", "skp.draft.ikm-needs-numeric"));
    }
    List<BigDecimal> periodTargets = d.periodTargets() == null ? List.of() : d.periodTargets();
    if (!periodTargets.isEmpty()) {
      Aggregation effective = ikmUnitCode != null ? Aggregation.LATEST
          : aggregation != null ? aggregation : aspect == null ? null : Aggregation.defaultFor(aspect);
      periodTargets(periodTargets, approach, effective, d.target(), periodicPeriods, at + ".periodTargets",
          violations);
    }
    return new Indicator(index, text, aspect, approach, d.target(), unit, direction, aggregation, ikmUnitCode,
        periodTargets);
  }

  /**
   * Period targets (domain.md, SKP): only for a numeric indicator, one per periodic period of the cycle, each above
   * 0 with at most 4 decimals; for a SUM indicator they are cumulative, so they do not decrease and the last is T.
   */
  private static void periodTargets(List<BigDecimal> values, Approach approach, Aggregation aggregation,
      BigDecimal target, int periodicPeriods, String at, List<Violation> violations) {
    if (approach == Approach.KUALITATIF) {
      violations.add(Violation.of(at, "skp.draft.period-targets-numeric-only"));
      return;
    }
    if (periodicPeriods >= 0 && values.size() != periodicPeriods) {
      violations.add(periodicPeriods == 0 ? Violation.of(at, "skp.draft.period-targets-annual")
          : Violation.of(at, "skp.draft.period-targets-count", periodicPeriods, values.size()));
      return;
    }
    for (int k = 0; k < values.size(); k++) {
      BigDecimal v = values.get(k);
      if (v == null || v.signum() <= 0 || v.stripTrailingZeros().scale() > 4
          || v.abs().compareTo(new BigDecimal("1E14")) >= 0) {
        violations.add(Violation.of(at + "[" + k + "]", "skp.draft.period-target-format", k + 1));
        return;
      }
    }
    if (aggregation == Aggregation.SUM) {
      for (int k = 1; k < values.size(); k++) {
        if (values.get(k).compareTo(values.get(k - 1)) < 0) {
          violations.add(Violation.of(at + "[" + k + "]", "skp.draft.period-targets-cumulative", k + 1));
          return;
        }
      }
      if (target != null && values.get(values.size() - 1).compareTo(target) != 0) {
        violations.add(Violation.of(at + "[" + (values.size() - 1) + "]", "skp.draft.period-targets-last",
            target.stripTrailingZeros().toPlainString()));
      }
    }
  }

  private static String text(String value, String field, List<Violation> violations) {
    if (value == null || value.isBlank()) {
      violations.add(Violation.of(field, "skp.draft.text-required"));
      return null;
    }
    if (value.length() > MAX_TEXT) {
      violations.add(Violation.of(field, "skp.draft.text-too-long", MAX_TEXT));
    }
    return value.trim();
  }

  private static int weight(BigDecimal value, String field, List<Violation> violations) {
    if (value == null) {
      violations.add(Violation.of(field, "skp.draft.weight-required"));
      return 0;
    }
    if (value.stripTrailingZeros().scale() > 0 || value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
      violations.add(Violation.of(field, "skp.draft.weight-whole", value.toPlainString()));
      return 0;
    }
    return value.intValueExact();
  }

  private static <E extends Enum<E>> E value(Class<E> type, String value, String field, List<Violation> violations) {
    if (value == null || value.isBlank()) {
      violations.add(Violation.of(field, "skp.draft.value-required", allowed(type)));
      return null;
    }
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      violations.add(Violation.of(field, "skp.draft.value-unknown", value, allowed(type)));
      return null;
    }
  }

  private static String allowed(Class<? extends Enum<?>> type) {
    return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
  }
}
