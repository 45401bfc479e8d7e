package id.kinerja.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.kinerja.planning.Direction;
import id.kinerja.planning.RhkType;
import java.math.BigDecimal;
import java.util.List;

/**
 * The capaian of an evaluation's period as {@code GET /api/v1/evaluations/{id}} shows it: per indicator the period's
 * {@code target} (domain.md, period targets), the {@code realisation} up to the period's end and the {@code capaian};
 * per RHK its {@code capaian}. Percentages rounded once, half-up to 2 decimals, from the exact values. An indicator
 * without a realisation has none and says so in {@code note} ("belum ada realisasi"). Computed live while the
 * evaluation is open, kept as scored from then on.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record EvaluationCapaian(List<Rhk> rhk, BigDecimal weightedCapaian, boolean utamaWithoutRealisation) {

  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Rhk(Long id, String text, RhkType type, int weight, BigDecimal capaian, List<Indicator> indicators) {
  }

  /** {@code numeric} false: a KUALITATIF indicator, described, not measured. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Indicator(Long id, String text, boolean numeric, String unit, Direction direction, BigDecimal target,
      BigDecimal realisation, BigDecimal capaian, String note) {
  }
}
