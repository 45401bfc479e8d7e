package id.kinerja.planning.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SkpChangesTextTest {

  private static final String BEFORE = """
      SKP 2026 — Budi (NIP 1)

      1. [Utama, bobot 60%] Cakupan pelayanan
         • Puskesmas dibina (Kuantitas): target 12 puskesmas

      2. [Tambahan, bobot 40%] Administrasi""";

  @Test
  void nothingChangedIsNoChange() {
    assertThat(SkpChangesText.between(BEFORE, BEFORE)).isEmpty();
  }

  @Test
  void aChangedLineShowsWhatWentThenWhatCame() {
    String after = BEFORE.replace("target 12", "target 14");

    assertThat(SkpChangesText.between(BEFORE, after)).containsExactly(
        "− • Puskesmas dibina (Kuantitas): target 12 puskesmas",
        "+ • Puskesmas dibina (Kuantitas): target 14 puskesmas");
  }

  @Test
  void addedAndRemovedLinesInTheirPlace() {
    String after = BEFORE.replace("\n\n2. [Tambahan, bobot 40%] Administrasi", "")
        .replace("target 12 puskesmas", "target 12 puskesmas\n   • Laporan tepat waktu (Waktu): target 5 hari");

    // where a line went and another came, what went comes first
    assertThat(SkpChangesText.between(BEFORE, after)).containsExactly(
        "− 2. [Tambahan, bobot 40%] Administrasi",
        "+ • Laporan tepat waktu (Waktu): target 5 hari");
    assertThat(SkpChangesText.between(BEFORE, BEFORE.replace("1. [Utama", "0. [Baru]\n1. [Utama")))
        .containsExactly("+ 0. [Baru]");
  }

  @Test
  void noEarlierSummaryMeansEverythingIsNew() {
    assertThat(SkpChangesText.between(null, "1. A")).containsExactly("+ 1. A");
  }
}
