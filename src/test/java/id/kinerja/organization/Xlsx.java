package id.kinerja.organization;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes small XLSX workbooks for tests (first sheet; strings, numbers and booleans as given). */
final class Xlsx {

  private Xlsx() {
  }

  static byte[] of(List<List<Object>> rows) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Workbook workbook = new Workbook(out, "Kinerja test", "1.0");
      Worksheet sheet = workbook.newWorksheet("Data");
      for (int r = 0; r < rows.size(); r++) {
        List<Object> row = rows.get(r);
        for (int c = 0; c < row.size(); c++) {
          Object value = row.get(c);
          if (value instanceof Number number) {
            sheet.value(r, c, number);
          } else if (value instanceof Boolean bool) {
            sheet.value(r, c, bool);
          } else if (value != null) {
            sheet.value(r, c, value.toString());
          }
        }
      }
      workbook.finish();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A CSV text as a workbook of strings, cell by cell (no quoting in the CSV). */
  static byte[] ofCsv(String csv) {
    return of(csv.lines().map(line -> List.<Object>of((Object[]) line.split(",", -1))).toList());
  }
}
