package id.kinerja.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.common.ApiException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportTableTest {

  @Test
  void csvAndItsXlsxTwinReadAlike() {
    String csv = "Kode,nama,extra\nA-1,Satu,x\nB-2,Dua,\n";

    ImportTable fromCsv = ImportTable.read(csv.getBytes(StandardCharsets.UTF_8), "text/csv");
    ImportTable fromXlsx = ImportTable.read(Xlsx.ofCsv(csv), ImportTable.XLSX);

    for (ImportTable table : List.of(fromCsv, fromXlsx)) {
      assertThat(table.hasColumn("kode")).isTrue();
      assertThat(table.rows()).extracting(ImportTable.Row::line).containsExactly(2, 3);
      assertThat(table.rows()).extracting(r -> r.get("kode")).containsExactly("A-1", "B-2");
      assertThat(table.rows().get(1).get("nama")).isEqualTo("Dua");
      assertThat(table.rows().get(0).get("missing")).isEmpty();
      assertThat(table.violations()).isEmpty();
    }
  }

  @Test
  void xlsxNumbersAndBooleansBecomeTextAndBlankRowsKeepTheirNumbers() {
    byte[] xlsx = Xlsx.of(List.of(
        List.of("kode", "formasi", "kepala"),
        List.of("A", 12, true),
        List.of(),
        List.of("B", new BigDecimal("2.50"), false)));

    ImportTable table = ImportTable.read(xlsx, ImportTable.XLSX);

    assertThat(table.rows()).extracting(ImportTable.Row::line).containsExactly(2, 4);
    assertThat(table.rows().get(0).get("formasi")).isEqualTo("12");
    assertThat(table.rows().get(0).get("kepala")).isEqualTo("true");
    assertThat(table.rows().get(1).get("formasi")).isEqualTo("2.5");
  }

  @Test
  void aNipTypedAsANumberIsAViolationAtItsCell() {
    byte[] xlsx = Xlsx.of(List.of(List.of("nip", "nama"), List.of(198901012014011001L, "Angka")));

    ImportTable table = ImportTable.read(xlsx, ImportTable.XLSX);

    assertThat(table.violations()).singleElement().satisfies(v -> {
      assertThat(v.row()).isEqualTo(2);
      assertThat(v.field()).isEqualTo("nip");
      assertThat(v.messageKey()).isEqualTo("import.cell-number-inexact");
    });
  }

  @Test
  void notAWorkbookOrNoRowsOrBadUtf8IsRefused() {
    assertThatThrownBy(() -> ImportTable.read("kode\nA\n".getBytes(StandardCharsets.UTF_8), ImportTable.XLSX))
        .isInstanceOf(ApiException.class).hasFieldOrPropertyWithValue("messageKey", "import.xlsx-unreadable");
    assertThatThrownBy(() -> ImportTable.read(Xlsx.of(List.of(List.of("kode"))), ImportTable.XLSX))
        .isInstanceOf(ApiException.class).hasFieldOrPropertyWithValue("messageKey", "import.empty");
    assertThatThrownBy(() -> ImportTable.read(new byte[] {'k', '\n', (byte) 0xC3, 0x28}, "text/csv"))
        .isInstanceOf(ApiException.class).hasFieldOrPropertyWithValue("messageKey", "input.utf8-invalid");
    assertThatThrownBy(() -> ImportTable.csv("kode,nama\nA,B\n").requireColumns(List.of("kode", "tingkat")))
        .isInstanceOf(ApiException.class).hasFieldOrPropertyWithValue("messageKey", "import.header");
  }
}
