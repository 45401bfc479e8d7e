package id.kinerja.common;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.support.TestMessages;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ProblemsTest {

  private final Problems problems = new Problems(TestMessages.source());

  @Test
  void yearsAndAmountsAreWrittenAsTheyAreInBothLanguages() {
    assertThat(problems.message("realisation.date-year", new Object[] {2026}, Locale.forLanguageTag("id")))
        .isEqualTo("Tanggal realisasi harus dalam tahun SKP 2026.");
    assertThat(problems.message("realisation.date-year", new Object[] {2026}, Locale.ENGLISH))
        .isEqualTo("The date must be in the SKP year 2026.");
    assertThat(problems.message("skp.draft.weight-whole", new Object[] {new BigDecimal("50.5")},
        Locale.forLanguageTag("id"))).contains("bukan 50.5");
  }

  @Test
  void aViolationListExplainsEveryRule() {
    ValidationFailedException e = new ValidationFailedException("skp.submit.rejected",
        java.util.List.of(Violation.of("rhk", "skp.rule.utama-required"),
            Violation.of("rhk[].weight", "skp.rule.weights-sum", 90)), 2);

    assertThat(problems.explain(e, Locale.forLanguageTag("id"))).isEqualTo("""
        SKP belum dapat diajukan: 2 ketentuan belum dipenuhi.
        - SKP harus memuat minimal satu RHK UTAMA.
        - Jumlah bobot RHK harus tepat 100%, saat ini 90%.""");
  }
}
