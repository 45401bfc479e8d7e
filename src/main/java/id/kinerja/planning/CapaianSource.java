package id.kinerja.planning;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/** The weighted capaian so far of SKPs (implemented by the progress module, which owns realisations). */
public interface CapaianSource {

  /** Weighted capaian (percent, reported precision) per SKP id; SKPs without one are absent. */
  Map<Long, BigDecimal> weightedCapaian(Collection<Long> skpIds);
}
