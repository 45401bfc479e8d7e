package id.kinerja.evaluation;

import id.kinerja.planning.Direction;
import id.kinerja.planning.RhkType;
import java.math.BigDecimal;
import java.util.List;

/** What scoring needs of an SKP: per RHK its type, weight and numeric indicators with target and realisation. */
public record ScoredSkp(List<Rhk> rhk) {

  public record Rhk(RhkType type, int weight, List<Indicator> indicators) {
  }

  /** A numeric (KUANTITATIF) indicator; {@code realisation} null when nothing is realised yet. */
  public record Indicator(BigDecimal target, BigDecimal realisation, Direction direction) {
  }
}
