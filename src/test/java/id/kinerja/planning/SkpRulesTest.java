package id.kinerja.planning;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.common.Violation;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The submission rules of an SKP (docs/domain.md, SKP; {@link SkpRules}): each rule alone, and all reported. */
class SkpRulesTest {

  private static final long SUPERVISOR_RHK = 7L;

  @Test
  void aSkpThatKeepsEveryRuleHasNoViolation() {
    assertThat(SkpRules.check(List.of(utama(60), tambahan(40)), true, false)).isEmpty();
    assertThat(SkpRules.check(List.of(jpt(RhkType.UTAMA, 70), jpt(RhkType.TAMBAHAN, 30)), true, true)).isEmpty();
  }

  @Test
  void atLeastOneRhkIsUtama() {
    assertThat(keys(SkpRules.check(List.of(tambahan(60), tambahan(40)), false, false)))
        .containsExactly("rhk:skp.rule.utama-required");
  }

  @Test
  void theWeightsSumToExactlyOneHundred() {
    List<Violation> under = SkpRules.check(List.of(utama(60), tambahan(39)), false, false);
    List<Violation> over = SkpRules.check(List.of(utama(60), tambahan(41)), false, false);

    assertThat(keys(under)).containsExactly("rhk[].weight:skp.rule.weights-sum");
    assertThat(under.get(0).args()).containsExactly(99);
    assertThat(keys(over)).containsExactly("rhk[].weight:skp.rule.weights-sum");
    assertThat(over.get(0).args()).containsExactly(101);
  }

  @Test
  void aTambahanRhkMayWeighNothingAUtamaRhkMayNot() {
    assertThat(SkpRules.check(List.of(utama(100), tambahan(0)), false, false)).isEmpty();
    assertThat(keys(SkpRules.check(List.of(utama(100), rhk(RhkType.UTAMA, 0, SUPERVISOR_RHK, null)), false, false)))
        .containsExactly("rhk[1].weight:skp.rule.utama-weight");
  }

  @Test
  void everyRhkHasAnIndicator() {
    Rhk empty = new Rhk(2, "Tanpa indikator", RhkType.TAMBAHAN, 40, null, null, List.of());
    assertThat(keys(SkpRules.check(List.of(utama(60), empty), false, false)))
        .containsExactly("rhk[1].indicators:skp.rule.indicator-required");
  }

  @Test
  void numericTargetsAreAboveZeroWithUnitAndDirection() {
    Rhk zero = withIndicator(numeric(BigDecimal.ZERO, "dokumen", Direction.HIGHER_IS_BETTER));
    Rhk negative = withIndicator(numeric(new BigDecimal("-1"), "dokumen", Direction.HIGHER_IS_BETTER));
    Rhk missing = withIndicator(numeric(null, "dokumen", Direction.HIGHER_IS_BETTER));
    Rhk noUnit = withIndicator(numeric(BigDecimal.TEN, null, Direction.HIGHER_IS_BETTER));
    Rhk noDirection = withIndicator(numeric(BigDecimal.TEN, "dokumen", null));

    assertThat(keys(SkpRules.check(List.of(zero), false, false)))
        .containsExactly("rhk[0].indicators[0].target:skp.rule.target-positive");
    assertThat(keys(SkpRules.check(List.of(negative), false, false)))
        .containsExactly("rhk[0].indicators[0].target:skp.rule.target-positive");
    assertThat(keys(SkpRules.check(List.of(missing), false, false)))
        .containsExactly("rhk[0].indicators[0].target:skp.rule.target-positive");
    assertThat(keys(SkpRules.check(List.of(noUnit), false, false)))
        .containsExactly("rhk[0].indicators[0].unit:skp.rule.unit-required");
    assertThat(keys(SkpRules.check(List.of(noDirection), false, false)))
        .containsExactly("rhk[0].indicators[0].direction:skp.rule.direction-required");
    assertThat(SkpRules.check(List.of(withIndicator(numeric(new BigDecimal("0.5"), "dokumen",
        Direction.LOWER_IS_BETTER))), false, false)).as("a fraction above zero is a target").isEmpty();
  }

  @Test
  void aQualitativeIndicatorNeedsNoNumericTarget() {
    Indicator qualitative = new Indicator(1, "Kualitas layanan", Aspect.KUALITAS, Approach.KUALITATIF, null, null,
        null, null, null);
    assertThat(SkpRules.check(List.of(withIndicator(qualitative)), false, false)).isEmpty();
  }

  @Test
  void aUtamaRhkPointsAtTheSupervisorsRhkOnlyWhenTheSupervisorHasAnAgreedSkp() {
    List<Rhk> unlinked = List.of(rhk(RhkType.UTAMA, 60, null, null), rhk(RhkType.TAMBAHAN, 40, null, null));

    assertThat(SkpRules.check(unlinked, false, false)).as("staff may draft before the supervisor's SKP").isEmpty();
    assertThat(keys(SkpRules.check(unlinked, true, false)))
        .as("a TAMBAHAN RHK needs no link").containsExactly("rhk[0].supervisorRhkId:skp.rule.cascade-required");
  }

  @Test
  void everyRhkOfASeniorOfficialHasAPerspektif() {
    List<Rhk> withoutPerspective = List.of(utama(60), tambahan(40));

    assertThat(SkpRules.check(withoutPerspective, false, false)).as("not a JPT").isEmpty();
    assertThat(keys(SkpRules.check(withoutPerspective, false, true))).containsExactly(
        "rhk[0].perspective:skp.rule.perspective-required", "rhk[1].perspective:skp.rule.perspective-required");
  }

  @Test
  void everyViolationIsReportedAtOnceWithItsPosition() {
    Rhk badTarget = rhk(RhkType.TAMBAHAN, 30, null, null, numeric(BigDecimal.ONE, "x", Direction.HIGHER_IS_BETTER),
        numeric(BigDecimal.ZERO, "x", Direction.HIGHER_IS_BETTER));

    List<Violation> violations = SkpRules.check(List.of(tambahan(50), badTarget), true, true);

    assertThat(keys(violations)).containsExactly(
        "rhk:skp.rule.utama-required",
        "rhk[].weight:skp.rule.weights-sum",
        "rhk[0].perspective:skp.rule.perspective-required",
        "rhk[1].perspective:skp.rule.perspective-required",
        "rhk[1].indicators[1].target:skp.rule.target-positive");
    assertThat(violations.get(4).args()).as("1-based RHK and indicator").containsExactly(2, 2);
  }

  private static List<String> keys(List<Violation> violations) {
    return violations.stream().map(v -> v.field() + ":" + v.messageKey()).toList();
  }

  private static Rhk utama(int weight) {
    return rhk(RhkType.UTAMA, weight, SUPERVISOR_RHK, null);
  }

  private static Rhk tambahan(int weight) {
    return rhk(RhkType.TAMBAHAN, weight, null, null);
  }

  private static Rhk jpt(RhkType type, int weight) {
    return rhk(type, weight, SUPERVISOR_RHK, Perspective.PENERIMA_LAYANAN);
  }

  private static Rhk withIndicator(Indicator indicator) {
    return rhk(RhkType.UTAMA, 100, SUPERVISOR_RHK, null, indicator);
  }

  private static Rhk rhk(RhkType type, int weight, Long supervisorRhk, Perspective perspective,
      Indicator... indicators) {
    List<Indicator> list = indicators.length > 0 ? List.of(indicators)
        : List.of(numeric(BigDecimal.TEN, "dokumen", Direction.HIGHER_IS_BETTER));
    return new Rhk(1, "RHK", type, weight, supervisorRhk, perspective, list);
  }

  private static Indicator numeric(BigDecimal target, String unit, Direction direction) {
    return new Indicator(1, "Dokumen selesai", Aspect.KUANTITAS, Approach.KUANTITATIF, target, unit, direction,
        null, null);
  }
}
