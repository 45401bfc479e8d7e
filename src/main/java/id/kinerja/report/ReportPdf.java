package id.kinerja.report;

import id.kinerja.document.PdfLines;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * An A4 report writer (PDFBox) for tables and simple bar charts (decision 83): titles, headings, labelled lines,
 * paragraphs, ruled tables with a repeated header row after a page break, horizontal bar charts with their values
 * written next to each bar. Characters the standard fonts cannot show are replaced by "?".
 */
final class ReportPdf {

  private static final float MARGIN = 45;
  private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
  private static final Color BAR = new Color(0x2e, 0x6d, 0xa4);
  private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private final PDDocument document = new PDDocument();
  private PDPageContentStream content;
  private float y;

  ReportPdf(String title) {
    PDDocumentInformation info = new PDDocumentInformation();
    info.setTitle(title);
    info.setCreator("Kinerja");
    document.setDocumentInformation(info);
    newPage();
  }

  ReportPdf title(String text) {
    return write(text, bold, 13, 18, MARGIN);
  }

  ReportPdf heading(String text) {
    y -= 8;
    return write(text, bold, 11, 15, MARGIN);
  }

  ReportPdf line(String label, String value) {
    return write(label + ": " + (value == null ? "-" : value), regular, 9.5f, 13, MARGIN);
  }

  ReportPdf paragraph(String text) {
    return write(text, regular, 9.5f, 13, MARGIN);
  }

  ReportPdf space(float points) {
    y -= points;
    return this;
  }

  /** A table; {@code widths} are relative and are scaled to the page width. */
  ReportPdf table(String[] header, float[] widths, List<String[]> rows) {
    float total = 0;
    for (float w : widths) {
      total += w;
    }
    float[] cols = new float[widths.length];
    for (int i = 0; i < widths.length; i++) {
      cols[i] = widths[i] / total * WIDTH;
    }
    row(header, cols, bold);
    for (String[] row : rows) {
      if (y - 14 < MARGIN) {
        nextPage();
        row(header, cols, bold);
      }
      row(row, cols, regular);
    }
    y -= 4;
    return this;
  }

  /** A horizontal bar chart: one bar per label, scaled to {@code max} (the largest value when 0). */
  ReportPdf barChart(String caption, List<String> labels, List<Double> values, double max, String unit) {
    double top = max > 0 ? max : values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
    top = top <= 0 ? 1 : top;
    float labelWidth = WIDTH * 0.35f;
    float barSpace = WIDTH * 0.5f;
    paragraph(caption);
    try {
      for (int i = 0; i < labels.size(); i++) {
        if (y - 14 < MARGIN) {
          nextPage();
        }
        y -= 14;
        text(fit(safe(labels.get(i)), regular, 8.5f, labelWidth - 4), regular, 8.5f, MARGIN, y + 3);
        float length = (float) (Math.max(0, values.get(i)) / top * barSpace);
        content.setNonStrokingColor(BAR);
        content.addRect(MARGIN + labelWidth, y + 1, Math.max(length, 0.5f), 10);
        content.fill();
        content.setNonStrokingColor(Color.BLACK);
        text(format(values.get(i)) + (unit == null ? "" : " " + unit), regular, 8.5f,
            MARGIN + labelWidth + length + 4, y + 3);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    y -= 6;
    return this;
  }

  byte[] toBytes() {
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

  private void row(String[] cells, float[] cols, PDType1Font font) {
    try {
      List<List<String>> wrapped = new ArrayList<>();
      int lines = 1;
      for (int i = 0; i < cols.length; i++) {
        List<String> cell = PdfLines.wrap(safe(i < cells.length && cells[i] != null ? cells[i] : "-"), font, 8.5f,
            cols[i] - 6);
        wrapped.add(cell);
        lines = Math.max(lines, cell.size());
      }
      float height = lines * 11 + 4;
      if (y - height < MARGIN) {
        nextPage();
      }
      float x = MARGIN;
      content.setLineWidth(0.5f);
      for (int i = 0; i < cols.length; i++) {
        content.addRect(x, y - height, cols[i], height);
        content.stroke();
        float ty = y - 11;
        for (String line : wrapped.get(i)) {
          text(line, font, 8.5f, x + 3, ty + 1);
          ty -= 11;
        }
        x += cols[i];
      }
      y -= height;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ReportPdf write(String text, PDType1Font font, float size, float leading, float x) {
    try {
      for (String paragraph : safe(text).split("\n")) {
        for (String line : PdfLines.wrap(paragraph, font, size, WIDTH)) {
          if (y - leading < MARGIN) {
            nextPage();
          }
          y -= leading;
          text(line, font, size, x, y);
        }
      }
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void text(String line, PDType1Font font, float size, float x, float atY) throws IOException {
    content.beginText();
    content.setFont(font, size);
    content.newLineAtOffset(x, atY);
    content.showText(line);
    content.endText();
  }

  private static String fit(String text, PDType1Font font, float size, float width) throws IOException {
    String shown = text;
    while (shown.length() > 1 && font.getStringWidth(shown) / 1000 * size > width) {
      shown = shown.substring(0, shown.length() - 1);
    }
    return shown;
  }

  private String safe(String text) {
    return PdfLines.printable(text, regular);
  }

  private static String format(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value)
        : String.format(java.util.Locale.ROOT, "%.2f", value).replace('.', ',');
  }

  private void nextPage() {
    try {
      content.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    newPage();
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
