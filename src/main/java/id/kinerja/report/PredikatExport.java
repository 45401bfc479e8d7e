package id.kinerja.report;

import id.kinerja.evaluation.EvaluationFigures;
import id.kinerja.evaluation.EvaluationFigures.AnnualResultRow;
import id.kinerja.security.KinerjaUser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Service;

/**
 * The yearly predikat recap of an organisation (with everything below it) for the TPP / tunjangan calculation, as
 * XLSX (fastexcel) and CSV (Commons CSV): one row per employee with a published annual result (decision 81). Codes
 * are written as stored (SANGAT_BAIK …) so that the calculation can read them; the credit-point multiplier is the
 * percentage of domain.md for functional positions (150/100/75/50/25), empty for other positions.
 */
@Service
public class PredikatExport {

  /** The columns, in order: header (as in the file) and value of a row. */
  static final List<Column> COLUMNS = List.of(
      new Column("nip", "NIP", AnnualResultRow::nip),
      new Column("nama", "Nama", AnnualResultRow::name),
      new Column("pangkat", "Pangkat", AnnualResultRow::pangkat),
      new Column("golongan", "Golongan", AnnualResultRow::golongan),
      new Column("jabatan", "Jabatan", AnnualResultRow::jabatan),
      new Column("jenis_jabatan", "Jenis jabatan", AnnualResultRow::positionType),
      new Column("unit_kode", "Kode unit", AnnualResultRow::unitCode),
      new Column("unit_nama", "Unit kerja", AnnualResultRow::unitName),
      new Column("rating_hasil_kerja", "Rating hasil kerja", AnnualResultRow::resultsRating),
      new Column("rating_perilaku_kerja", "Rating perilaku kerja", AnnualResultRow::behaviourRating),
      new Column("predikat", "Predikat kinerja", AnnualResultRow::predikat),
      new Column("pengali_angka_kredit_persen", "Pengali angka kredit (%)",
          r -> r.creditMultiplier() == null ? null : String.valueOf(r.creditMultiplier())),
      new Column("status", "Status evaluasi", AnnualResultRow::status));

  private final ReportScope scope;
  private final EvaluationFigures evaluations;
  private final Clock clock;

  PredikatExport(ReportScope scope, EvaluationFigures evaluations, Clock clock) {
    this.scope = scope;
    this.evaluations = evaluations;
    this.clock = clock;
  }

  record Column(String csvHeader, String title, Function<AnnualResultRow, String> value) {
  }

  /** The rows the caller may export (checks role, parameters and scope, in that order). */
  public Recap recap(KinerjaUser user, String yearParameter, String organisationCode) {
    scope.requireReader(user);
    int year = ReportParameters.year(yearParameter);
    ReportScope.Target target = scope.unit(user, organisationCode, "organisationCode");
    return new Recap(year, target, evaluations.annualResults(year, target.subtree()));
  }

  public record Recap(int year, ReportScope.Target target, List<AnnualResultRow> rows) {

    public String fileName(String extension) {
      return "rekap-predikat-" + target.unit().getCode() + "-" + year + "." + extension;
    }
  }

  public byte[] xlsx(Recap recap) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(out, "Kinerja", "1.0");
      Worksheet sheet = workbook.newWorksheet("Predikat");
      for (int c = 0; c < COLUMNS.size(); c++) {
        sheet.value(0, c, COLUMNS.get(c).title());
        sheet.style(0, c).bold().set();
      }
      int r = 1;
      for (AnnualResultRow row : recap.rows()) {
        for (int c = 0; c < COLUMNS.size(); c++) {
          String value = COLUMNS.get(c).value().apply(row);
          if (value == null) {
            continue;
          }
          if ("pengali_angka_kredit_persen".equals(COLUMNS.get(c).csvHeader())) {
            sheet.value(r, c, Integer.valueOf(value));
          } else {
            sheet.value(r, c, value);
          }
        }
        r++;
      }
      Worksheet about = workbook.newWorksheet("Keterangan");
      String[][] notes = {
          {"Rekap predikat kinerja pegawai", recap.target().unit().getName() + " (" + recap.target().unit().getCode()
              + ")"},
          {"Tahun", String.valueOf(recap.year())},
          {"Jumlah pegawai", String.valueOf(recap.rows().size())},
          {"Dibuat", LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))},
          {"Isi", "Hasil evaluasi tahunan yang telah diumumkan (PUBLISHED, OBJECTION, FINAL)"},
          {"Pengali angka kredit", "Jabatan fungsional: Sangat Baik 150%, Baik 100%, Butuh Perbaikan 75%, "
              + "Kurang 50%, Sangat Kurang 25%"}};
      for (int i = 0; i < notes.length; i++) {
        about.value(i, 0, notes[i][0]);
        about.value(i, 1, notes[i][1]);
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** UTF-8, comma-separated, RFC 4180 quoting; a text starting with = + - @ gets a leading ' (formula injection). */
  public byte[] csv(Recap recap) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
        CSVFormat.RFC4180.builder().setHeader(COLUMNS.stream().map(Column::csvHeader).toArray(String[]::new))
            .get())) {
      for (AnnualResultRow row : recap.rows()) {
        printer.printRecord(COLUMNS.stream().map(c -> neutral(c.value().apply(row))).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static String neutral(String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    char first = value.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' ? "'" + value : value;
  }
}
