package id.kinerja.document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

/**
 * How text is laid out in Kinerja's PDFs (dokumen evaluasi, certificates, reports): what a standard-14 font can
 * show, and a paragraph broken into lines of a width. The one place for both, used by {@link PdfText} and by the
 * report module's tables.
 */
public final class PdfLines {

  private PdfLines() {
  }

  /** The text with every character the font cannot encode replaced by "?" (line breaks kept). */
  public static String printable(String text, PDType1Font font) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(cp -> {
      String ch = new String(Character.toChars(cp));
      try {
        font.encode(ch);
        out.append(ch);
      } catch (IllegalArgumentException | IOException e) {
        out.append(cp == '\n' ? "\n" : "?");
      }
    });
    return out.toString();
  }

  /** The paragraph in lines no wider than {@code width} points, broken at spaces (a longer word stands alone). */
  public static List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String word : text.split(" ")) {
      String candidate = current.isEmpty() ? word : current + " " + word;
      if (font.getStringWidth(candidate) / 1000 * size > width && !current.isEmpty()) {
        lines.add(current.toString());
        current = new StringBuilder(word);
      } else {
        current = new StringBuilder(candidate);
      }
    }
    lines.add(current.toString());
    return lines;
  }
}
