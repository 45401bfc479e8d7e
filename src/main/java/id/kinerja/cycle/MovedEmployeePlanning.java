package id.kinerja.cycle;

import id.kinerja.organization.EmployeeMoved;
import id.kinerja.organization.OrganizationCharts;
import id.kinerja.planning.PlanningSettingsSource;
import id.kinerja.planning.SkpPlanning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A moved employee who is placed (mutasi, promosi, aktif kembali) in a unit of an open cycle of the move's year and
 * has no SKP of that year yet gets SKP planning started, as the cycle's opening would have done (decision 95). After
 * the move commits, in its own transaction: a failure is logged and leaves the move applied.
 */
@Component
class MovedEmployeePlanning {

  private static final Logger log = LoggerFactory.getLogger(MovedEmployeePlanning.class);

  private final CycleLookup cycles;
  private final OrganizationCharts charts;
  private final SkpPlanning planning;
  private final PlanningSettingsSource settings;
  private final TransactionTemplate newTransaction;

  MovedEmployeePlanning(CycleLookup cycles, OrganizationCharts charts, SkpPlanning planning,
      PlanningSettingsSource settings, PlatformTransactionManager transactions) {
    this.cycles = cycles;
    this.charts = charts;
    this.planning = planning;
    this.settings = settings;
    this.newTransaction = new TransactionTemplate(transactions);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
  void onMoved(EmployeeMoved moved) {
    if (!moved.active()) {
      return;
    }
    try {
      newTransaction.executeWithoutResult(status -> {
        var chart = charts.current();
        for (AppraisalCycle cycle : cycles.open()) {
          if (cycle.getYear() == moved.effectiveDate().getYear()
              && chart.subtreeOf(cycle.getUnit().getId()).contains(moved.unitId())) {
            if (planning.startFor(moved.employeeId(), settings.forCycle(cycle.getId()))) {
              log.info("SKP planning started for moved employee {} in cycle {}", moved.nip(), cycle.getId());
            }
            return;
          }
        }
      });
    } catch (RuntimeException e) {
      log.error("SKP planning for moved employee {} not started", moved.nip(), e);
    }
  }
}
