package id.kinerja.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.kinerja.cycle.AppraisalCycle;
import id.kinerja.cycle.CycleLookup;
import id.kinerja.cycle.Cadence;
import id.kinerja.cycle.CycleStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationScheduleTest {

  private final CycleLookup cycles = mock(CycleLookup.class);
  private final EvaluationOpening opening = mock(EvaluationOpening.class);
  private final EvaluationSchedule schedule = new EvaluationSchedule(cycles, opening, Clock.systemUTC(), 7);

  @Test
  void theDayAfterAQuarterEndsItsEvaluationStarts() {
    cycle(11L, Cadence.QUARTERLY);

    assertThat(schedule.startEnded(LocalDate.of(2026, 4, 1))).containsExactly("11:Q1");
    verify(opening).open(11L, "Q1", "system:jadwal");
  }

  @Test
  void theLastQuarterAndTheAnnualEvaluationStartAfterTheYearEnds() {
    cycle(12L, Cadence.QUARTERLY);

    assertThat(schedule.startEnded(LocalDate.of(2027, 1, 3))).containsExactly("12:Q4", "12:ANNUAL");
  }

  @Test
  void nothingStartsMidPeriodOrLongAfter() {
    cycle(13L, Cadence.SEMESTER);

    assertThat(schedule.startEnded(LocalDate.of(2026, 5, 20))).isEmpty();
    assertThat(schedule.startEnded(LocalDate.of(2026, 7, 20))).as("S1 ended 20 days ago").isEmpty();
    verify(opening, never()).open(anyLong(), anyString(), eq("system:jadwal"));
  }

  private void cycle(long id, Cadence cadence) {
    AppraisalCycle cycle = mock(AppraisalCycle.class);
    when(cycle.getId()).thenReturn(id);
    when(cycle.getYear()).thenReturn(2026);
    when(cycle.getCadence()).thenReturn(cadence);
    when(cycles.open()).thenReturn(List.of(cycle));
  }
}
