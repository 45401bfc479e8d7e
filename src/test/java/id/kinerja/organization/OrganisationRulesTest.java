package id.kinerja.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class OrganisationRulesTest {

  @Test
  void golonganOfPnsAndPppk() {
    assertThat(Golongan.normalise(EmployeeType.PNS, "iii/A")).contains("III/a");
    assertThat(Golongan.normalise(EmployeeType.PNS, "IV/e")).contains("IV/e");
    assertThat(Golongan.normalise(EmployeeType.PNS, "III/e")).isEmpty();
    assertThat(Golongan.normalise(EmployeeType.PNS, "IX")).isEmpty();
    assertThat(Golongan.normalise(EmployeeType.PPPK, "ix")).contains("IX");
    assertThat(Golongan.normalise(EmployeeType.PPPK, "XVIII")).isEmpty();
    assertThat(Golongan.normalise(EmployeeType.PPPK, "III/a")).isEmpty();
  }

  @Test
  void pemdaTimeZones() {
    assertThat(PemdaTimeZone.parse("wita")).contains(ZoneId.of("Asia/Makassar"));
    assertThat(PemdaTimeZone.parse("WIT")).contains(ZoneId.of("Asia/Jayapura"));
    assertThat(PemdaTimeZone.parse("Asia/Jakarta")).contains(ZoneId.of("Asia/Jakarta"));
    assertThat(PemdaTimeZone.parse("Mars/Olympus")).isEmpty();
  }

  @Test
  void onlyAnActiveEmployeeWorksAndOnlyStructuralPostsLead() {
    assertThat(EmployeeStatus.AKTIF.active()).isTrue();
    assertThat(EmployeeStatus.TUGAS_BELAJAR.active()).isFalse();
    assertThat(Position.mayLead(PositionType.PENGAWAS)).isTrue();
    assertThat(Position.mayLead(PositionType.FUNGSIONAL)).isFalse();
    assertThat(Position.mayLead(PositionType.PELAKSANA)).isFalse();
  }

  @Test
  void yesNoAndCounts() {
    assertThat(ImportCodes.yesNo("Ya")).contains(true);
    assertThat(ImportCodes.yesNo("")).contains(false);
    assertThat(ImportCodes.yesNo("mungkin")).isEmpty();
    assertThat(ImportCodes.count("3", 1, 10)).contains(3);
    assertThat(ImportCodes.count("0", 1, 10)).isEmpty();
    assertThat(ImportCodes.count("2.5", 1, 10)).isEmpty();
  }
}
