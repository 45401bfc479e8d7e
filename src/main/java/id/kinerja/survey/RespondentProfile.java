package id.kinerja.survey;

import java.util.List;
import java.util.Map;

/**
 * The optional respondent profile. Codes: ageGroup {@code <20, 20-29, 30-39, 40-49, 50-59, 60+}; sex {@code L, P};
 * education {@code SD, SMP, SMA, D1-D3, D4-S1, S2+}; occupation {@code PNS, TNI-POLRI, SWASTA, WIRAUSAHA,
 * PELAJAR-MAHASISWA, LAINNYA}.
 */
public record RespondentProfile(String ageGroup, String sex, String education, String occupation) {

  static final Map<String, List<String>> ALLOWED = Map.of(
      "ageGroup", List.of("<20", "20-29", "30-39", "40-49", "50-59", "60+"),
      "sex", List.of("L", "P"),
      "education", List.of("SD", "SMP", "SMA", "D1-D3", "D4-S1", "S2+"),
      "occupation", List.of("PNS", "TNI-POLRI", "SWASTA", "WIRAUSAHA", "PELAJAR-MAHASISWA", "LAINNYA"));

  static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry("L", "Laki-laki"), Map.entry("P", "Perempuan"),
      Map.entry("D1-D3", "Diploma (D1–D3)"), Map.entry("D4-S1", "D4/S1"), Map.entry("S2+", "S2 ke atas"),
      Map.entry("TNI-POLRI", "TNI/Polri"), Map.entry("SWASTA", "Pegawai swasta"), Map.entry("WIRAUSAHA", "Wirausaha"),
      Map.entry("PELAJAR-MAHASISWA", "Pelajar/Mahasiswa"), Map.entry("LAINNYA", "Lainnya"),
      Map.entry("<20", "Di bawah 20 tahun"), Map.entry("60+", "60 tahun ke atas"));
}
