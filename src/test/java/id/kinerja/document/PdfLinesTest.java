package id.kinerja.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class PdfLinesTest {

  private final PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

  @Test
  void aParagraphBreaksAtSpacesWithinTheWidthAndALongWordStandsAlone() throws IOException {
    String text = "Pelatihan aparatur terselenggara sesuai jadwal triwulan";
    List<String> lines = PdfLines.wrap(text, helvetica, 10, 100);

    assertThat(String.join(" ", lines)).isEqualTo(text);
    assertThat(lines).hasSizeGreaterThan(1);
    for (String line : lines) {
      assertThat(helvetica.getStringWidth(line) / 1000 * 10).isLessThanOrEqualTo(100);
    }
    assertThat(PdfLines.wrap("Penyelenggaraanpelatihanaparaturdaerah", helvetica, 10, 20)).hasSize(1);
  }

  @Test
  void whatTheFontCannotShowBecomesAQuestionMarkAndLineBreaksStay() {
    assertThat(PdfLines.printable("Rapat \u4f1a\u8bae\nselesai", helvetica)).isEqualTo("Rapat ??\nselesai");
    assertThat(PdfLines.printable("Ibu Sri Wahyuni, S.Pd.", helvetica)).isEqualTo("Ibu Sri Wahyuni, S.Pd.");
  }
}
