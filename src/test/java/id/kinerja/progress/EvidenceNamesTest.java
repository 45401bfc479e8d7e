package id.kinerja.progress;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EvidenceNamesTest {

  @Test
  void aRightToLeftOverrideCannotDisguiseTheExtension() {
    assertThat(EvidenceNames.safe("laporan\u202Efdp.exe")).isEqualTo("laporan_fdp.exe");
  }

  @Test
  void everyBidiControlAndInvisibleMarkIsNeutralised() {
    for (char c : new char[] {'\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068',
        '\u2069', '\u200E', '\u200F', '\u200B', '\u0085'}) {
      assertThat(EvidenceNames.safe("a" + c + "b.pdf")).isEqualTo("a_b.pdf");
    }
  }

  @Test
  void pathsAndLengthAreHandledAsBefore() {
    assertThat(EvidenceNames.safe("..\\c:/laporan?.pdf")).isEqualTo(".._c__laporan_.pdf");
    assertThat(EvidenceNames.safe(" ")).isEqualTo("bukti");
    assertThat(EvidenceNames.safe("x".repeat(300) + ".pdf")).hasSize(200).endsWith(".pdf");
    assertThat(EvidenceNames.safe("Laporan Triwulan I – Dinas.pdf")).isEqualTo("Laporan Triwulan I – Dinas.pdf");
  }
}
