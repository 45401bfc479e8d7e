package id.kinerja.progress;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.cycle.Cadence;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class CheckInScheduleTest {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  @Test
  void quarterlyCheckInsFallOnTheLastDayOfEachQuarterAtNine() {
    var first = CheckInService.nextAfter(Cadence.QUARTERLY, 2026, ZonedDateTime.of(2026, 2, 1, 10, 0, 0, 0, WIB));

    assertThat(first).map(CheckInService.Scheduled::periodCode).contains("Q1");
    assertThat(first).map(CheckInService.Scheduled::date).contains(LocalDate.of(2026, 3, 31));
    assertThat(first).map(CheckInService.Scheduled::timerDate).contains("2026-03-31T09:00:00+07:00");
  }

  @Test
  void onTheDayAfterNineTheNextPeriodIsNext() {
    var next = CheckInService.nextAfter(Cadence.QUARTERLY, 2026, ZonedDateTime.of(2026, 3, 31, 9, 30, 0, 0, WIB));

    assertThat(next).map(CheckInService.Scheduled::periodCode).contains("Q2");
  }

  @Test
  void semesterMonthlyAndAnnual() {
    ZonedDateTime may = ZonedDateTime.of(2026, 5, 10, 8, 0, 0, 0, WIB);
    assertThat(CheckInService.nextAfter(Cadence.SEMESTER, 2026, may)).map(CheckInService.Scheduled::date)
        .contains(LocalDate.of(2026, 6, 30));
    assertThat(CheckInService.nextAfter(Cadence.MONTHLY, 2026, may)).map(CheckInService.Scheduled::periodCode)
        .contains("M5");
    assertThat(CheckInService.nextAfter(Cadence.ANNUAL, 2026, may)).map(CheckInService.Scheduled::date)
        .contains(LocalDate.of(2026, 12, 31));
  }

  @Test
  void afterTheLastCheckInOfTheYearThereIsNone() {
    assertThat(CheckInService.nextAfter(Cadence.QUARTERLY, 2026, ZonedDateTime.of(2027, 1, 1, 0, 0, 0, 0, WIB)))
        .isEmpty();
  }
}
