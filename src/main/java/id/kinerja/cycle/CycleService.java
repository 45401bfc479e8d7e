package id.kinerja.cycle;

import id.kinerja.common.ApiException;
import id.kinerja.common.AuditTrail;
import id.kinerja.common.ValidationFailedException;
import id.kinerja.common.Violation;
import id.kinerja.organization.Staff;
import id.kinerja.organization.OrgUnit;
import id.kinerja.organization.UnitDirectory;
import id.kinerja.organization.OrganizationCharts;
import id.kinerja.planning.SkpPlanning;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Opening appraisal cycles (HR) and showing their progress. Opening the same unit and year twice starts nothing new. */
@Service
public class CycleService {

  private final AppraisalCycles cycles;
  private final UnitDirectory units;
  private final Staff employees;
  private final OrganizationCharts charts;
  private final SkpPlanning planning;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final OpeningFailureLog failures;
  private final ObjectProvider<FailedOpeningRetry> retries;

  CycleService(AppraisalCycles cycles, UnitDirectory units, Staff employees, OrganizationCharts charts,
      SkpPlanning planning, AuditTrail audit, ApplicationEventPublisher events, TransactionTemplate transaction,
      Clock clock, OpeningFailureLog failures, ObjectProvider<FailedOpeningRetry> retries) {
    this.failures = failures;
    this.retries = retries;
    this.cycles = cycles;
    this.units = units;
    this.employees = employees;
    this.charts = charts;
    this.planning = planning;
    this.audit = audit;
    this.events = events;
    this.transaction = transaction;
    this.clock = clock;
  }

  /** The cycle and whether this call created it (false: it existed already, nothing new is started). */
  public record Opened(CycleView cycle, boolean created) {
  }

  public Opened open(OpenCycleCommand command, String actor) {
    Valid valid = validate(command);
    try {
      return transaction.execute(status -> cycles.findByUnitIdAndYear(valid.unit().getId(), valid.year())
          .map(existing -> new Opened(view(existing), false))
          .orElseGet(() -> create(valid, actor)));
    } catch (DataIntegrityViolationException concurrentOpen) {
      AppraisalCycle existing = cycles.findByUnitIdAndYear(valid.unit().getId(), valid.year()).orElseThrow();
      return new Opened(view(existing), false);
    }
  }

  public CycleView view(long id) {
    return transaction.execute(status -> view(cycles.findById(id)
        .orElseThrow(() -> ApiException.notFound("cycle.not-found", id))));
  }

  /**
   * Starts again, in the background, every process of the cycle that could not be started (SKP planning and
   * evaluations). Idempotent: employees started meanwhile are skipped, nothing is started twice. Answers the cycle
   * and whether anything was retried.
   */
  public Opened retry(long id, String actor) {
    CycleView cycle = view(id);
    if (cycle.status() == CycleStatus.OPENING) {
      throw ApiException.conflict("cycle.still-opening", id);
    }
    List<OpeningFailureView> failed = failures.of(id);
    if (failed.isEmpty()) {
      return new Opened(cycle, false);
    }
    transaction.executeWithoutResult(status -> audit.record(actor, "CYCLE_OPENING_RETRIED", "cycle",
        String.valueOf(id), "failures=" + failed.size()));
    retries.orderedStream().forEach(retry -> {
      List<OpeningFailureView> ofKind = failed.stream().filter(f -> f.kind() == retry.kind()).toList();
      if (!ofKind.isEmpty()) {
        retry.retry(id, ofKind);
      }
    });
    return new Opened(cycle, true);
  }

  public List<CycleView> list() {
    return transaction.execute(status -> cycles.findAll().stream().map(this::view).toList());
  }

  private Opened create(Valid valid, String actor) {
    Set<Long> scope = charts.current().subtreeOf(valid.unit().getId());
    int total = (int) employees.countActiveInUnits(scope);
    AppraisalCycle unsaved = new AppraisalCycle(valid.year(), valid.cadence(), valid.unit(), valid.timers(), total,
        clock.instant(), actor);
    unsaved.askPeerFeedback(valid.peerFeedback());
    unsaved.offerPeriodicFollowUp(valid.periodicFollowUp());
    AppraisalCycle cycle = cycles.saveAndFlush(unsaved);
    audit.record(actor, "CYCLE_OPENED", "cycle", String.valueOf(cycle.getId()),
        "unit=" + valid.unit().getCode() + ", year=" + valid.year() + ", cadence=" + valid.cadence()
            + ", employees=" + total);
    events.publishEvent(new CycleOpened(cycle.getId()));
    return new Opened(view(cycle), true);
  }

  private CycleView view(AppraisalCycle c) {
    CycleTimers t = c.getTimers();
    long failed = failures.count(c.getId());
    CycleStatus status = c.getStatus() == CycleStatus.OPEN && failed > 0 ? CycleStatus.OPEN_WITH_ERRORS
        : c.getStatus();
    return new CycleView(c.getId(), c.getYear(), c.getCadence(), c.getUnit().getCode(), c.getUnit().getName(),
        status, t.submitReminderDays(), t.reviewReminderDays(), t.escalationDays(), c.isPeerFeedback(),
        c.isPeriodicFollowUp(),
        c.getEmployeesTotal(), planning.countStarted(c.getId()), failed,
        failed == 0 ? List.of() : failures.firstOf(c.getId()), c.getCreatedAt(),
        c.getCreatedBy());
  }

  private record Valid(int year, Cadence cadence, OrgUnit unit, CycleTimers timers, boolean peerFeedback,
      boolean periodicFollowUp) {
  }

  private Valid validate(OpenCycleCommand c) {
    List<Violation> violations = new ArrayList<>();
    int thisYear = LocalDate.now(clock).getYear();
    if (c.year() == null || c.year() < thisYear - 1 || c.year() > thisYear + 1) {
      violations.add(Violation.of("year", "cycle.year-range", thisYear - 1, thisYear + 1));
    }
    Cadence cadence = null;
    try {
      cadence = c.cadence() == null ? null : Cadence.valueOf(c.cadence().trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      // reported below
    }
    if (cadence == null) {
      violations.add(Violation.of("cadence", "cycle.cadence-unknown", String.valueOf(c.cadence())));
    }
    OrgUnit unit = c.unitCode() == null ? null : units.byCode(c.unitCode().trim()).orElse(null);
    if (unit == null) {
      violations.add(Violation.of("unitCode", "cycle.unit-unknown", String.valueOf(c.unitCode())));
    }
    CycleTimers defaults = CycleTimers.DEFAULT;
    int submit = days(c.submitReminderDays(), defaults.submitReminderDays(), "submitReminderDays", violations);
    int review = days(c.reviewReminderDays(), defaults.reviewReminderDays(), "reviewReminderDays", violations);
    int escalation = days(c.escalationDays(), defaults.escalationDays(), "escalationDays", violations);
    if (!violations.isEmpty()) {
      throw new ValidationFailedException("cycle.invalid", violations);
    }
    return new Valid(c.year(), cadence, unit, new CycleTimers(submit, review, escalation),
        Boolean.TRUE.equals(c.peerFeedback()), Boolean.TRUE.equals(c.periodicFollowUp()));
  }

  private static int days(Integer value, int fallback, String field, List<Violation> violations) {
    if (value == null) {
      return fallback;
    }
    if (value < 1 || value > 365) {
      violations.add(Violation.of(field, "cycle.days-range", value));
    }
    return value;
  }
}
