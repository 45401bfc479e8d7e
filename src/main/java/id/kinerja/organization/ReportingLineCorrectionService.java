package id.kinerja.organization;

import id.kinerja.common.ApiException;
import id.kinerja.common.AuditTrail;
import id.kinerja.common.ValidationFailedException;
import id.kinerja.common.Violation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR's correction of a wrong atasan (domain.md, *Reporting-line corrections*): the supervisor (and optionally the
 * senior) named explicitly, with a reason and an end date; it wins over the tree while valid ({@link
 * OrganizationChart#lineOf}), replaces an earlier one, and the employee's open tasks follow at once. Audited.
 */
@Service
public class ReportingLineCorrectionService {

  static final int REASON_MAX = 1000;
  /** Corrections are for exceptions; they are looked at again at least every two years. */
  static final int MAX_YEARS = 2;

  private final Employees employees;
  private final ReportingLineCorrections corrections;
  private final OrganizationCharts charts;
  private final ReportingLineTasks tasks;
  private final EmployeeDirectory directory;
  private final AuditTrail audit;
  private final Clock clock;

  ReportingLineCorrectionService(Employees employees, ReportingLineCorrections corrections, OrganizationCharts charts,
      ReportingLineTasks tasks, EmployeeDirectory directory, AuditTrail audit, Clock clock) {
    this.employees = employees;
    this.corrections = corrections;
    this.charts = charts;
    this.tasks = tasks;
    this.directory = directory;
    this.audit = audit;
    this.clock = clock;
  }

  public record Correction(String supervisorNip, String seniorNip, String reason, String validUntil) {
  }

  /** Sets (or replaces) the correction; answers the employee as the API shows them now. */
  @Transactional
  public EmployeeView correct(String nip, Correction request, id.kinerja.security.KinerjaUser actor) {
    Employee employee = employee(nip);
    LocalDate today = LocalDate.now(clock);
    List<Violation> violations = new ArrayList<>();
    Employee supervisor = person("supervisorNip", request.supervisorNip(), true, employee, violations);
    Employee senior = person("seniorNip", request.seniorNip(), false, employee, violations);
    if (supervisor != null && senior != null && supervisor.getId().equals(senior.getId())) {
      violations.add(Violation.of("seniorNip", "correction.senior-is-supervisor"));
    }
    String reason = request.reason() == null ? "" : request.reason().trim();
    if (reason.isEmpty() || reason.length() > REASON_MAX) {
      violations.add(Violation.of("reason", "correction.reason-required", REASON_MAX));
    }
    LocalDate until = null;
    if (request.validUntil() == null || request.validUntil().isBlank()) {
      violations.add(Violation.of("validUntil", "correction.until-required"));
    } else {
      try {
        until = LocalDate.parse(request.validUntil().trim());
        if (until.isBefore(today) || until.isAfter(today.plusYears(MAX_YEARS))) {
          violations.add(Violation.of("validUntil", "correction.until-range", today.toString(),
              today.plusYears(MAX_YEARS).toString()));
        }
      } catch (DateTimeParseException e) {
        violations.add(Violation.of("validUntil", "correction.until-required"));
      }
    }
    if (!violations.isEmpty()) {
      throw new ValidationFailedException("correction.invalid", violations);
    }
    OrganizationChart before = charts.current();
    corrections.findCurrent(employee.getId(), today).ifPresent(old -> old.end(actor.username(), clock.instant()));
    corrections.saveAndFlush(new ReportingLineCorrection(employee, supervisor, senior, reason, until,
        actor.username(), clock.instant()));
    int moved = tasks.follow(List.of(employee), before, charts.current());
    audit.record(actor.username(), "REPORTING_LINE_CORRECTED", "employee", employee.getNip(),
        "supervisor " + supervisor.getNip() + (senior == null ? "" : ", senior " + senior.getNip()) + " until "
            + until + ": " + reason + "; tasks moved: " + moved);
    return directory.byNip(actor, employee.getNip());
  }

  /** A correction in force, as HR's page lists it. */
  public record CorrectionView(String nip, String name, String supervisorNip, String supervisorName,
      String seniorNip, String seniorName, String reason, LocalDate validUntil) {
  }

  /** The corrections in force today, soonest to expire first. */
  @Transactional(readOnly = true)
  public List<CorrectionView> inForce() {
    return corrections.findInForce(LocalDate.now(clock)).stream().map(c -> new CorrectionView(
        c.getEmployee().getNip(), c.getEmployee().getName(), c.getSupervisor().getNip(), c.getSupervisor().getName(),
        c.getSenior() == null ? null : c.getSenior().getNip(), c.getSenior() == null ? null : c.getSenior().getName(),
        c.getReason(), c.getValidUntil())).toList();
  }

  /** Ends the current correction: the tree decides again. */
  @Transactional
  public void end(String nip, String actor) {
    Employee employee = employee(nip);
    ReportingLineCorrection current = corrections.findCurrent(employee.getId(), LocalDate.now(clock))
        .orElseThrow(() -> ApiException.notFound("correction.none", nip));
    OrganizationChart before = charts.current();
    current.end(actor, clock.instant());
    corrections.flush();
    int moved = tasks.follow(List.of(employee), before, charts.current());
    audit.record(actor, "REPORTING_LINE_CORRECTION_ENDED", "employee", employee.getNip(), "tasks moved: " + moved);
  }

  private Employee employee(String nip) {
    return employees.findByNip(nip).filter(Employee::isActive)
        .orElseThrow(() -> ApiException.notFound("employee.not-found", nip));
  }

  private Employee person(String field, String nip, boolean required, Employee employee, List<Violation> violations) {
    if (nip == null || nip.isBlank()) {
      if (required) {
        violations.add(Violation.of(field, "correction.nip-required"));
      }
      return null;
    }
    Optional<Employee> found = employees.findByNip(nip.trim()).filter(Employee::isActive);
    if (found.isEmpty()) {
      violations.add(Violation.of(field, "acting.employee-unknown", nip.trim()));
      return null;
    }
    if (found.get().getId().equals(employee.getId())) {
      violations.add(Violation.of(field, "correction.self"));
      return null;
    }
    return found.get();
  }
}
