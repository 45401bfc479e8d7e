package id.kinerja.evaluation;

import id.kinerja.cycle.AppraisalCycle;
import id.kinerja.cycle.CycleLookup;
import id.kinerja.cycle.Cadence;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The one place that schedules evaluations: every morning, each open cycle whose cadence period (or year) ended
 * within the last {@code kinerja.evaluation.catch-up-days} days gets that period's evaluation started. Starting is
 * idempotent, so a day missed by downtime is caught up and a period is never started twice.
 */
@Component
class EvaluationSchedule {

  private static final Logger log = LoggerFactory.getLogger(EvaluationSchedule.class);

  private final CycleLookup cycles;
  private final EvaluationOpening opening;
  private final Clock clock;
  private final int catchUpDays;

  EvaluationSchedule(CycleLookup cycles, EvaluationOpening opening, Clock clock,
      @Value("${kinerja.evaluation.catch-up-days:7}") int catchUpDays) {
    this.cycles = cycles;
    this.opening = opening;
    this.clock = clock;
    this.catchUpDays = catchUpDays;
  }

  @Scheduled(cron = "${kinerja.evaluation.schedule:0 15 0 * * *}", zone = "${kinerja.time-zone}")
  void daily() {
    startEnded(LocalDate.now(clock));
  }

  /** Starts the periods that ended before {@code today} within the catch-up window; answers what it started. */
  List<String> startEnded(LocalDate today) {
    List<String> started = new ArrayList<>();
    for (AppraisalCycle cycle : cycles.open()) {
      for (Cadence.Period period : cycle.getCadence().periods(cycle.getYear())) {
        if (period.end().isBefore(today) && !period.end().isBefore(today.minusDays(catchUpDays))) {
          try {
            opening.open(cycle.getId(), period.code(), "system:jadwal");
            started.add(cycle.getId() + ":" + period.code());
          } catch (RuntimeException e) {
            log.error("Evaluation {} of cycle {} not started", period.code(), cycle.getId(), e);
          }
        }
      }
    }
    return started;
  }
}
