package id.kinerja.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/** Indonesian names of the codes reports show, and Indonesian number formatting (decimal comma). */
final class Labels {

  static final Map<String, String> PREDIKAT = Map.of("SANGAT_BAIK", "Sangat Baik", "BAIK", "Baik",
      "BUTUH_PERBAIKAN", "Butuh Perbaikan", "KURANG", "Kurang", "SANGAT_KURANG", "Sangat Kurang");
  static final Map<String, String> ORGANISATION_PREDIKAT = Map.of("ISTIMEWA", "Istimewa", "BAIK", "Baik",
      "BUTUH_PERBAIKAN", "Butuh Perbaikan", "KURANG", "Kurang", "SANGAT_KURANG", "Sangat Kurang");
  static final Map<String, String> CURVE = Map.of("PENDING", "Menunggu pemeriksaan", "IN_CURVE", "Sesuai kurva",
      "CALIBRATED", "Dikalibrasi");
  static final Map<String, String> EVALUATION_STATUS = Map.of("SELF_EVALUATION", "Evaluasi diri",
      "SUPERVISOR_ASSESSMENT", "Penilaian pejabat penilai", "FINAL_APPROVAL", "Persetujuan akhir",
      "PUBLISHED", "Diumumkan", "OBJECTION", "Keberatan", "FINAL", "Final");
  static final Map<String, String> SKP_STATUS = Map.of("DRAFT", "Disusun", "SUBMITTED", "Diajukan",
      "RETURNED", "Dikembalikan", "AGREED", "Disepakati");
  static final java.util.List<String> PREDIKAT_ORDER = java.util.List.of("SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN",
      "KURANG", "SANGAT_KURANG");

  private Labels() {
  }

  static String of(Map<String, String> labels, String code) {
    return code == null ? "-" : labels.getOrDefault(code, code);
  }

  /** Half-up to {@code scale} decimals with a decimal comma; "-" for none. */
  static String number(BigDecimal value, int scale) {
    return value == null ? "-" : value.setScale(scale, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
  }

  /** A share in percent (half-up, 1 decimal) with a decimal comma; "-" when there is nothing to share. */
  static String percent(long part, long whole) {
    return whole == 0 ? "-" : number(BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 4,
        RoundingMode.HALF_UP), 1) + "%";
  }
}
