package id.kinerja.cycle;

import id.kinerja.organization.Staff;
import id.kinerja.organization.OrganizationCharts;
import id.kinerja.planning.PlanningSettings;
import id.kinerja.planning.PlanningSettingsSource;
import id.kinerja.planning.SkpPlanning;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts a new cycle's {@code skp-planning} instances in the background, one short transaction per batch, so that
 * opening a cycle for 50,000 employees neither times out nor holds locks. A cycle left OPENING by a restart is
 * resumed at start-up; employees who already have an SKP for the year are skipped, so nothing is started twice.
 */
@Component
class CycleOpener implements DisposableBean, FailedOpeningRetry {

  private static final Logger log = LoggerFactory.getLogger(CycleOpener.class);

  private final AppraisalCycles cycles;
  private final Staff employees;
  private final OrganizationCharts charts;
  private final SkpPlanning planning;
  private final TransactionTemplate transaction;
  private final PlanningSettingsSource settingsSource;
  private final OpeningFailureLog failures;
  private final int batchSize;
  private final jakarta.persistence.EntityManager entities;
  private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
    Thread thread = new Thread(r, "cycle-opener");
    thread.setDaemon(true);
    return thread;
  });

  CycleOpener(AppraisalCycles cycles, Staff employees, OrganizationCharts charts, SkpPlanning planning,
      TransactionTemplate transaction, PlanningSettingsSource settingsSource, OpeningFailureLog failures,
      @Value("${kinerja.cycle.opening-batch-size:100}") int batchSize, jakarta.persistence.EntityManager entities) {
    this.entities = entities;
    this.settingsSource = settingsSource;
    this.failures = failures;
    this.cycles = cycles;
    this.employees = employees;
    this.charts = charts;
    this.planning = planning;
    this.transaction = transaction;
    this.batchSize = batchSize;
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
  void onOpened(CycleOpened event) {
    executor.submit(() -> open(event.cycleId()));
  }

  @EventListener(ApplicationReadyEvent.class)
  void resumeUnfinished() {
    cycles.findByStatus(CycleStatus.OPENING).forEach(c -> executor.submit(() -> open(c.getId())));
  }

  void open(long cycleId) {
    try {
      PlanningSettings settings = settingsSource.forCycle(cycleId);
      Set<Long> scope = transaction.execute(status ->
          charts.current().subtreeOf(cycles.findById(cycleId).orElseThrow().getUnit().getId()));
      // a resumed opening may find failures of its first attempt: those started now are forgotten
      boolean earlierFailures = failures.any(cycleId, OpeningKind.SKP_PLANNING, null);
      long afterId = 0;
      int started = 0;
      while (true) {
        long after = afterId;
        List<Long> batch = transaction.execute(status ->
            employees.activeIdsInUnits(scope, after, batchSize));
        if (batch.isEmpty()) {
          break;
        }
        started += startBatch(batch, settings, earlierFailures);
        afterId = batch.get(batch.size() - 1);
      }
      transaction.executeWithoutResult(status -> cycles.findById(cycleId).orElseThrow().opened());
      long failed = failures.count(cycleId);
      if (failed > 0) {
        log.warn("Cycle {} opened with errors: {} planning instances started, {} employees failed (retry: POST "
            + "/api/v1/cycles/{}/retry)", cycleId, started, failed, cycleId);
      } else {
        log.info("Cycle {} opened: {} planning instances started", cycleId, started);
      }
    } catch (RuntimeException e) {
      log.error("Opening cycle {} stopped; it resumes at the next start-up", cycleId, e);
    }
  }

  private int startBatch(List<Long> employeeIds, PlanningSettings settings, boolean earlierFailures) {
    try {
      Integer started = transaction.execute(status -> {
        int n = 0;
        for (Long id : employeeIds) {
          if (planning.startFor(id, settings)) {
            n++;
          }
          // each start is done with its entities: without this every flush in the batch dirty-checks all the
          // SKPs and employees of the starts before it, and a batch's cost grows with its square (issue 21)
          entities.flush();
          entities.clear();
        }
        return n;
      });
      if (earlierFailures) {
        failures.started(settings.cycleId(), OpeningKind.SKP_PLANNING, null, employeeIds);
      }
      return started == null ? 0 : started;
    } catch (RuntimeException batchFailed) {
      // one bad employee must not hold up the others: one by one, and each failure is recorded on the cycle
      int started = 0;
      for (Long id : employeeIds) {
        if (startOne(id, settings)) {
          started++;
        }
      }
      return started;
    }
  }

  private boolean startOne(long employeeId, PlanningSettings settings) {
    try {
      boolean started = Boolean.TRUE.equals(transaction.execute(status -> planning.startFor(employeeId, settings)));
      failures.started(settings.cycleId(), OpeningKind.SKP_PLANNING, null, List.of(employeeId));
      return started;
    } catch (RuntimeException e) {
      log.error("SKP planning for employee {} in cycle {} not started", employeeId, settings.cycleId(), e);
      var employee = transaction.execute(status -> employees.byId(employeeId)
          .map(found -> new String[] {found.getNip(), found.getName()}).orElse(new String[2]));
      failures.failed(settings.cycleId(), OpeningKind.SKP_PLANNING, null, employeeId, employee[0], employee[1], e);
      return false;
    }
  }

  @Override
  public OpeningKind kind() {
    return OpeningKind.SKP_PLANNING;
  }

  /** Starts the planning of the cycle's failed employees again, one transaction each. */
  @Override
  public void retry(long cycleId, List<OpeningFailureView> failed) {
    executor.submit(() -> {
      PlanningSettings settings = settingsSource.forCycle(cycleId);
      long started = failed.stream().filter(f -> startOne(f.subjectId(), settings)).count();
      log.info("Cycle {}: retry started {} of {} failed SKP planning instances", cycleId, started, failed.size());
    });
  }

  @Override
  public void destroy() {
    executor.shutdownNow();
  }
}
