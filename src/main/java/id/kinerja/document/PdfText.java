package id.kinerja.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A small A4 text document writer (PDFBox): titles, labelled lines and paragraphs, wrapped to the page width and
 * continued on new pages. Characters the standard fonts cannot show are replaced, never dropped silently.
 */
public final class PdfText {

  private static final float MARGIN = 50;
  private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
  private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private final PDDocument document = new PDDocument();
  private PDPageContentStream content;
  private float y;

  public PdfText(String title) {
    PDDocumentInformation info = new PDDocumentInformation();
    info.setTitle(title);
    info.setCreator("Kinerja");
    document.setDocumentInformation(info);
    newPage();
  }

  public PdfText title(String text) {
    return write(text, bold, 14, 20);
  }

  public PdfText heading(String text) {
    space(6);
    return write(text, bold, 11, 16);
  }

  public PdfText line(String label, String value) {
    return write(label + ": " + (value == null ? "-" : value), regular, 10, 14);
  }

  public PdfText paragraph(String text) {
    return write(text, regular, 10, 14);
  }

  public PdfText space(float points) {
    y -= points;
    return this;
  }

  public byte[] toBytes() {
    try {
      content.close();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      document.close();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private PdfText write(String text, PDType1Font font, float size, float leading) {
    try {
      for (String paragraph : PdfLines.printable(text, font).split("\n")) {
        for (String line : PdfLines.wrap(paragraph, font, size, WIDTH)) {
          if (y - leading < MARGIN) {
            content.close();
            newPage();
          }
          y -= leading;
          content.beginText();
          content.setFont(font, size);
          content.newLineAtOffset(MARGIN, y);
          content.showText(line);
          content.endText();
        }
      }
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void newPage() {
    try {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      content = new PDPageContentStream(document, page);
      y = PDRectangle.A4.getHeight() - MARGIN;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
