package id.kinerja.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NipTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  @ParameterizedTest
  @CsvSource({
      "197502182000011005",   // male, appointed Jan 2000
      "199602292021032001",   // born on a leap day, female
      "200001012026111999"})  // appointed this very month
  void acceptsValidNips(String nip) {
    assertThat(Nip.problemWith(nip, TODAY)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
      "'', nip.required",
      "19750218200001100, nip.format",            // 17 digits
      "1975021820000110055, nip.format",          // 19 digits
      "19750218200001100A, nip.format",
      "197502302000011005, nip.birth-date",       // 30 February
      "197513182000011005, nip.birth-date",       // month 13
      "202712012000011005, nip.birth-date",       // born in the future
      "189912312000011005, nip.birth-date",       // before 1900
      "197502182000131005, nip.appointment",      // appointment month 13
      "197502182000001005, nip.appointment",      // appointment month 00
      "197502181970011005, nip.appointment",      // appointed before birth
      "197502182027011005, nip.appointment",      // appointed in the future
      "197502182000013005, nip.sex",              // sex digit 3
      "197502182000010005, nip.sex",              // sex digit 0
      "197502182000011000, nip.serial"})
  void namesTheBrokenPart(String nip, String expectedKey) {
    assertThat(Nip.problemWith(nip, TODAY)).contains(expectedKey);
  }
}
