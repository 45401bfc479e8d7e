package id.kinerja.survey;

import java.math.BigDecimal;

/** Mutu pelayanan from the converted IKM (domain.md): D 25.00–64.99, C 65.00–76.60, B 76.61–88.30, A 88.31–100.00. */
public enum IkmGrade {
  A("Sangat Baik", "88.31"),
  B("Baik", "76.61"),
  C("Kurang Baik", "65.00"),
  D("Tidak Baik", "25.00");

  private final String label;
  private final BigDecimal lowerBound;

  IkmGrade(String label, String lowerBound) {
    this.label = label;
    this.lowerBound = new BigDecimal(lowerBound);
  }

  public String label() {
    return label;
  }

  /** @param converted the converted IKM, already rounded to 2 decimals */
  public static IkmGrade of(BigDecimal converted) {
    for (IkmGrade grade : values()) {
      if (converted.compareTo(grade.lowerBound) >= 0) {
        return grade;
      }
    }
    return D;
  }
}
