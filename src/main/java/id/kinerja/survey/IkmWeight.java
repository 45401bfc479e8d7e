package id.kinerja.survey;

import java.math.BigDecimal;

/**
 * The weight of each of the nine elements in the IKM (domain.md, SKM): the exact 1/9 by default; 0.111, the
 * regulation's rounded ninth, for a Pemda whose earlier reports used it (setting {@code kinerja.survey.ikm-weight},
 * shown on every report as {@code weight}).
 */
public enum IkmWeight {
  EXACT_NINTH("1/9"),
  REGULATION_0_111("0,111");

  static final BigDecimal ROUNDED_NINTH = new BigDecimal("0.111");

  private final String label;

  IkmWeight(String label) {
    this.label = label;
  }

  /** How the weight is written on a report. */
  public String label() {
    return label;
  }
}
