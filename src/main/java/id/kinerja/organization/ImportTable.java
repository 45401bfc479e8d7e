package id.kinerja.organization;

import id.kinerja.common.ApiException;
import id.kinerja.common.StrictUtf8;
import id.kinerja.common.TextLimits;
import id.kinerja.common.Violation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * An uploaded table — CSV (strict UTF-8) or XLSX (first sheet, read streaming with fastexcel-reader) — as header
 * and rows of text. Headers are compared case-insensitively, their order is free and extra columns are ignored.
 * Row numbers are as in the file: the header is row 1 in a CSV, an XLSX row keeps its sheet row number.
 * Cells that cannot stand for text (an error cell, a number too long to be exact such as a NIP typed as a number)
 * become {@link #violations()} at their row and column.
 */
public final class ImportTable {

  public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  /** Above this a number in a cell is not exact in Excel (15 significant digits): a NIP must be text. */
  private static final int EXACT_DIGITS = 15;

  private final List<String> header;
  private final List<Row> rows;
  private final List<Violation> violations;

  private ImportTable(List<String> header, List<Row> rows, List<Violation> violations) {
    this.header = header;
    this.rows = rows;
    this.violations = violations;
  }

  /** Reads a CSV or XLSX body by its content type ({@code text/csv} and {@code text/plain} are CSV). */
  public static ImportTable read(byte[] body, String contentType) {
    if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(XLSX)) {
      return xlsx(body);
    }
    return csv(StrictUtf8.decode(body));
  }

  public static ImportTable csv(String csv) {
    if (csv == null || csv.isBlank()) {
      throw ApiException.badRequest("import.empty");
    }
    CSVFormat format = CSVFormat.DEFAULT.builder()
        .setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true)
        .setIgnoreHeaderCase(true).setAllowMissingColumnNames(false).get();
    String body = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
      List<String> header = parser.getHeaderNames().stream().map(ImportTable::columnName).toList();
      List<Row> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < header.size() && i < record.size(); i++) {
          values.putIfAbsent(header.get(i), record.get(i).trim());
        }
        rows.add(new Row((int) record.getRecordNumber() + 1, values));
      }
      return nonEmpty(new ImportTable(header, rows, List.of()));
    } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      throw ApiException.badRequest("import.malformed", e.getMessage());
    }
  }

  static ImportTable xlsx(byte[] body) {
    if (body == null || body.length == 0 || !ReadableWorkbook.isOOXMLZipHeader(body)) {
      throw ApiException.badRequest("import.xlsx-unreadable", "not an XLSX workbook");
    }
    List<Violation> violations = new ArrayList<>();
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(body));
        Stream<org.dhatim.fastexcel.reader.Row> sheetRows = firstSheet(workbook).openStream()) {
      List<String> header = null;
      List<Row> rows = new ArrayList<>();
      Iterator<org.dhatim.fastexcel.reader.Row> it = sheetRows.iterator();
      while (it.hasNext()) {
        org.dhatim.fastexcel.reader.Row sheetRow = it.next();
        if (header == null) {
          List<String> names = new ArrayList<>();
          for (int i = 0; i < sheetRow.getCellCount(); i++) {
            names.add(columnName(text(sheetRow.getCell(i), sheetRow.getRowNum(), "", violations)));
          }
          if (names.stream().allMatch(String::isEmpty)) {
            continue; // blank rows above the header
          }
          header = names;
          continue;
        }
        Map<String, String> values = new HashMap<>();
        boolean blank = true;
        for (int i = 0; i < header.size() && i < sheetRow.getCellCount(); i++) {
          String value = text(sheetRow.getCell(i), sheetRow.getRowNum(), header.get(i), violations);
          blank &= value.isEmpty();
          values.putIfAbsent(header.get(i), value);
        }
        if (!blank) {
          rows.add(new Row(sheetRow.getRowNum(), values));
        }
      }
      if (header == null) {
        throw ApiException.badRequest("import.empty");
      }
      return nonEmpty(new ImportTable(header, rows, violations));
    } catch (IOException | UncheckedIOException | ExcelReaderException | IllegalStateException e) {
      throw ApiException.badRequest("import.xlsx-unreadable", String.valueOf(e.getMessage()));
    }
  }

  private static Sheet firstSheet(ReadableWorkbook workbook) {
    return workbook.getSheet(0).orElseThrow(() -> ApiException.badRequest("import.empty"));
  }

  private static String text(Cell cell, int row, String column, List<Violation> violations) {
    if (cell == null || cell.getType() == CellType.EMPTY) {
      return "";
    }
    String value = switch (cell.getType()) {
      case NUMBER -> number(cell.asNumber(), row, column, violations);
      case BOOLEAN -> String.valueOf(cell.asBoolean());
      case ERROR -> {
        violations.add(Violation.atRow(row, column, "import.cell-error", cell.getRawValue()));
        yield "";
      }
      default -> cell.getText() == null ? "" : cell.getText();
    };
    if (TextLimits.hasNul(value)) {
      throw ApiException.badRequest("input.file-nul", row);
    }
    return value.trim();
  }

  private static String number(BigDecimal number, int row, String column, List<Violation> violations) {
    BigDecimal plain = number.stripTrailingZeros();
    if (plain.precision() > EXACT_DIGITS && plain.scale() <= 0) {
      violations.add(Violation.atRow(row, column, "import.cell-number-inexact", plain.toPlainString()));
    }
    return plain.toPlainString();
  }

  private static String columnName(String header) {
    return header == null ? "" : header.trim().toLowerCase(Locale.ROOT);
  }

  private static ImportTable nonEmpty(ImportTable table) {
    if (table.rows.isEmpty()) {
      throw ApiException.badRequest("import.empty");
    }
    return table;
  }

  /** Refuses the file unless the header names every required column. */
  public ImportTable requireColumns(List<String> required) {
    if (!header.containsAll(required)) {
      throw ApiException.badRequest("import.header", String.join(",", required));
    }
    return this;
  }

  public boolean hasColumn(String column) {
    return header.contains(column);
  }

  public List<Row> rows() {
    return rows;
  }

  /** Cells that could not be read as text, at their row and column. */
  public List<Violation> violations() {
    return violations;
  }

  /** One data row with its number in the file; a missing column reads as empty text. */
  public record Row(int line, Map<String, String> values) {

    public String get(String column) {
      return values.getOrDefault(column, "");
    }
  }
}
