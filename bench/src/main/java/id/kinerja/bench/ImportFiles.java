package id.kinerja.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * W6's files: a new government {@code code} of N employees in the shape of {@link Seed} (a PEMDA root, OPDs of four
 * bidang of four seksi, one holder per post), as the three files HR imports in order — units, positions,
 * employees — in CSV ({@code <dir>/<code>-units.csv} …) or XLSX ({@code …-units.xlsx}, first sheet, header row).
 * NIPs are {@link Seed#nip} of {@code offset + i}, distinct from the seeded government's.
 *
 * <p>Usage: {@code ImportFiles dir code employees offset csv|xlsx}.
 */
public final class ImportFiles {

  private ImportFiles() {
  }

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    String code = args[1];
    int employees = Integer.parseInt(args[2]);
    long offset = Long.parseLong(args[3]);
    boolean xlsx = "xlsx".equals(args[4]);
    List<List<String>> units = new ArrayList<>();
    List<List<String>> positions = new ArrayList<>();
    List<List<String>> people = new ArrayList<>();
    units.add(List.of("kode", "nama", "tingkat", "induk_kode"));
    positions.add(List.of("kode", "nama", "jenis", "unit_kode", "kepala"));
    people.add(List.of("nip", "nama", "jenis", "unit_kode", "jabatan_kode", "email"));
    int[] n = {0};
    units.add(List.of(code, "Pemerintah Kabupaten Impor " + code, "PEMDA", ""));
    post(code, code + "-SEKDA", "Sekretaris Daerah", "JPT", true, employees, offset, n, positions, people);
    for (int opd = 1; n[0] < employees; opd++) {
      String opdCode = code + "-O" + opd;
      units.add(List.of(opdCode, "Dinas Impor " + opd, "OPD", code));
      post(opdCode, opdCode + "-KEPALA", "Kepala Dinas", "JPT", true, employees, offset, n, positions, people);
      for (int b = 1; b <= Seed.BIDANG_PER_OPD; b++) {
        String bidang = opdCode + "-B" + b;
        units.add(List.of(bidang, "Bidang " + b + " Dinas Impor " + opd, "BIDANG", opdCode));
        post(bidang, bidang + "-KABID", "Kepala Bidang", "ADMINISTRATOR", true, employees, offset, n, positions,
            people);
        for (int k = 1; k <= Seed.SEKSI_PER_BIDANG; k++) {
          String seksi = bidang + "-S" + k;
          units.add(List.of(seksi, "Seksi " + k + " Bidang " + b + " Dinas Impor " + opd, "SEKSI", bidang));
          post(seksi, seksi + "-KASI", "Kepala Seksi", "PENGAWAS", true, employees, offset, n, positions, people);
          for (int p = 1; p <= Seed.STAFF_PER_SEKSI; p++) {
            post(seksi, seksi + "-P" + p, "Pelaksana " + p, "PELAKSANA", false, employees, offset, n, positions,
                people);
          }
        }
      }
    }
    write(dir.resolve(code + "-units"), units, xlsx);
    write(dir.resolve(code + "-positions"), positions, xlsx);
    write(dir.resolve(code + "-employees"), people, xlsx);
    System.out.println("w6." + (xlsx ? "xlsx" : "csv") + ".units=" + (units.size() - 1));
    System.out.println("w6." + (xlsx ? "xlsx" : "csv") + ".positions=" + (positions.size() - 1));
    System.out.println("w6." + (xlsx ? "xlsx" : "csv") + ".employees=" + (people.size() - 1));
  }

  private static void post(String unit, String code, String name, String type, boolean head, int limit,
      long offset, int[] n, List<List<String>> positions, List<List<String>> people) {
    if (n[0] >= limit) {
      return;
    }
    positions.add(List.of(code, name, type, unit, String.valueOf(head)));
    long i = offset + ++n[0];
    people.add(List.of(Seed.nip(i), "Pegawai Impor " + i, "PNS", unit, code, "impor" + i + "@bench.kinerja.test"));
  }

  private static void write(Path base, List<List<String>> rows, boolean xlsx) throws IOException {
    if (!xlsx) {
      StringBuilder csv = new StringBuilder();
      for (List<String> row : rows) {
        csv.append(String.join(",", row)).append('\n');
      }
      Files.writeString(Path.of(base + ".csv"), csv, StandardCharsets.UTF_8);
      return;
    }
    try (OutputStream out = Files.newOutputStream(Path.of(base + ".xlsx"))) {
      Workbook workbook = new Workbook(out, "Kinerja bench", "1.0");
      Worksheet sheet = workbook.newWorksheet("Data");
      for (int r = 0; r < rows.size(); r++) {
        for (int c = 0; c < rows.get(r).size(); c++) {
          String value = rows.get(r).get(c);
          if (!value.isEmpty()) {
            sheet.value(r, c, value);
          }
        }
      }
      workbook.finish();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
