package id.kinerja.organization;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The organisation's daily job (decision 95), safe on two nodes sharing one database: every morning (Pemda's zone)
 * the moves that became effective are applied — each claimed by one conditional update, so one node applies it and
 * the other finds nothing — and the node that inserts the day's row in {@code organisation_daily_run} moves the
 * tasks whose acting head or correction began or ended ({@link DailyChartChanges}). Idempotent; a day missed by
 * downtime is caught up (moves by their date, chart changes within {@code catch-up-days}).
 */
@Component
class MoveSchedule {

  private static final Logger log = LoggerFactory.getLogger(MoveSchedule.class);
  static final String ACTOR = "system:mutasi";

  private final EmployeeMoveService moves;
  private final DailyChartChanges chartChanges;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate newTransaction;
  private final Clock clock;
  private final int catchUpDays;

  MoveSchedule(EmployeeMoveService moves, DailyChartChanges chartChanges, JdbcTemplate jdbc,
      PlatformTransactionManager transactions, Clock clock,
      @Value("${kinerja.organization.catch-up-days:7}") int catchUpDays) {
    this.moves = moves;
    this.chartChanges = chartChanges;
    this.jdbc = jdbc;
    this.newTransaction = new TransactionTemplate(transactions);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
    this.catchUpDays = catchUpDays;
  }

  @Scheduled(cron = "${kinerja.organization.schedule:0 5 0 * * *}", zone = "${kinerja.time-zone}")
  void daily() {
    run(LocalDate.now(clock));
  }

  /** Applies the moves due on {@code today}; answers how many this node applied. */
  int run(LocalDate today) {
    int applied = 0;
    for (Long id : moves.due(today)) {
      try {
        if (moves.applyDue(id, ACTOR)) {
          applied++;
        }
      } catch (RuntimeException e) {
        // stays PENDING and is tried again tomorrow; HR sees it waiting on the moves page
        log.error("Move {} not applied", id, e);
      }
    }
    if (claimDay(today)) {
      try {
        int moved = chartChanges.follow(today.minusDays(catchUpDays), today);
        log.info("Organisation day {}: {} moves applied, {} tasks followed acting heads and corrections", today,
            applied, moved);
      } catch (RuntimeException e) {
        log.error("Tasks of acting heads and corrections on {} not followed", today, e);
      }
    }
    return applied;
  }

  private boolean claimDay(LocalDate today) {
    try {
      newTransaction.executeWithoutResult(status -> jdbc.update(
          "insert into organisation_daily_run (run_day, node, started_at) values (?, ?, ?)", today,
          ManagementFactory.getRuntimeMXBean().getName(), java.sql.Timestamp.from(clock.instant())));
      return true;
    } catch (DataIntegrityViolationException alreadyRun) {
      return false;
    }
  }
}
