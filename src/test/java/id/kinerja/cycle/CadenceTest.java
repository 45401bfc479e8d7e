package id.kinerja.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CadenceTest {

  @Test
  void quarterlyHasFourQuartersThenTheAnnualEvaluation() {
    assertThat(Cadence.QUARTERLY.periods(2026)).extracting(Cadence.Period::code)
        .containsExactly("Q1", "Q2", "Q3", "Q4", "ANNUAL");
    assertThat(Cadence.QUARTERLY.period(2026, "Q1")).contains(
        new Cadence.Period("Q1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
    assertThat(Cadence.QUARTERLY.period(2026, "Q4")).contains(
        new Cadence.Period("Q4", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)));
  }

  @Test
  void monthlyPeriodsEndOnTheLastDayOfTheMonthIncludingLeapFebruary() {
    assertThat(Cadence.MONTHLY.periods(2028)).hasSize(13);
    assertThat(Cadence.MONTHLY.period(2028, "M2")).map(Cadence.Period::end).contains(LocalDate.of(2028, 2, 29));
  }

  @Test
  void semesterAndAnnual() {
    assertThat(Cadence.SEMESTER.period(2026, "S2")).contains(
        new Cadence.Period("S2", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31)));
    assertThat(Cadence.ANNUAL.periods(2026)).extracting(Cadence.Period::code).containsExactly("ANNUAL");
    assertThat(Cadence.ANNUAL.period(2026, "Q1")).isEmpty();
  }
}
