package id.kinerja.organization;

import id.kinerja.common.ApiException;
import id.kinerja.common.AuditTrail;
import id.kinerja.common.ValidationFailedException;
import id.kinerja.common.Violation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves of employees (domain.md, *Moves*; decision 95): HR records a mutasi, promosi, pensiun… with its effective
 * date; a move dated today or earlier applies at once, a later one on its date ({@link MoveSchedule}), never
 * before — until then the employee's open tasks stay where they are. Applying a move changes the employee's unit,
 * position and status, moves the open tasks to whoever holds the roles now ({@link ReportingLineTasks}: the
 * employee's own reviews to the new supervisor, a former head's team to the next head), hands an employee who left
 * their tasks to HR, and publishes {@link EmployeeMoved}. The rows are the employee's history. Audited.
 */
@Service
public class EmployeeMoveService {

  static final int REASON_MAX = 1000;
  /** How far back a move may be dated (a late decree), and how far ahead. */
  static final int MAX_DAYS_BACK = 366;
  static final int MAX_DAYS_AHEAD = 366;

  private final Employees employees;
  private final OrgUnits units;
  private final Positions positions;
  private final EmployeeMoves moves;
  private final OrganizationCharts charts;
  private final ReportingLineTasks tasks;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  EmployeeMoveService(Employees employees, OrgUnits units, Positions positions, EmployeeMoves moves,
      OrganizationCharts charts, ReportingLineTasks tasks, AuditTrail audit, ApplicationEventPublisher events,
      Clock clock) {
    this.employees = employees;
    this.units = units;
    this.positions = positions;
    this.moves = moves;
    this.charts = charts;
    this.tasks = tasks;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  public record MoveRequest(String kind, String effectiveDate, String unitCode, String positionCode, String reason) {
  }

  /** Records a move; applies it at once when it is dated today or earlier. Nothing is stored when it is refused. */
  @Transactional
  public EmployeeMoveView record(String nip, MoveRequest request, String actor) {
    Employee employee = employees.findByNip(nip == null ? "" : nip.trim())
        .orElseThrow(() -> ApiException.notFound("employee.not-found", nip));
    LocalDate today = LocalDate.now(clock);
    List<Violation> violations = new ArrayList<>();
    MoveKind kind = null;
    try {
      kind = request.kind() == null ? null : MoveKind.valueOf(request.kind().trim());
    } catch (IllegalArgumentException e) {
      // reported below
    }
    if (kind == null) {
      violations.add(Violation.of("kind", "move.kind-invalid", shorten(request.kind())));
    }
    LocalDate effective = null;
    if (request.effectiveDate() == null || request.effectiveDate().isBlank()) {
      violations.add(Violation.of("effectiveDate", "move.date-required"));
    } else {
      try {
        effective = LocalDate.parse(request.effectiveDate().trim());
        if (effective.isBefore(today.minusDays(MAX_DAYS_BACK)) || effective.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
          violations.add(Violation.of("effectiveDate", "move.date-range", today.minusDays(MAX_DAYS_BACK).toString(),
              today.plusDays(MAX_DAYS_AHEAD).toString()));
        }
      } catch (DateTimeParseException e) {
        violations.add(Violation.of("effectiveDate", "move.date-format", shorten(request.effectiveDate())));
      }
    }
    String reason = request.reason() == null ? "" : request.reason().trim();
    if (reason.isEmpty() || reason.length() > REASON_MAX) {
      violations.add(Violation.of("reason", "move.reason-required", REASON_MAX));
    }
    OrgUnit unit = null;
    Position position = null;
    boolean hasUnit = request.unitCode() != null && !request.unitCode().isBlank();
    boolean hasPosition = request.positionCode() != null && !request.positionCode().isBlank();
    if (kind != null && kind.places()) {
      if (!hasUnit) {
        violations.add(Violation.of("unitCode", "move.unit-required", kind.name()));
      } else {
        unit = units.findByCode(request.unitCode().trim()).orElse(null);
        if (unit == null) {
          violations.add(Violation.of("unitCode", "move.unit-unknown", shorten(request.unitCode())));
        }
      }
      if (!hasPosition) {
        violations.add(Violation.of("positionCode", "move.position-required", kind.name()));
      } else {
        position = positions.findByCode(request.positionCode().trim()).orElse(null);
        if (position == null) {
          violations.add(Violation.of("positionCode", "move.position-unknown", shorten(request.positionCode())));
        } else if (unit != null && !position.getUnit().getId().equals(unit.getId())) {
          violations.add(Violation.of("positionCode", "move.position-elsewhere", position.getCode(),
              position.getUnit().getCode()));
        }
      }
    } else if (kind != null) {
      if (hasUnit) {
        violations.add(Violation.of("unitCode", "move.no-placement", kind.name()));
      }
      if (hasPosition) {
        violations.add(Violation.of("positionCode", "move.no-placement", kind.name()));
      }
    }
    if (kind != null) {
      if (kind == MoveKind.AKTIF_KEMBALI && employee.getStatus().active()) {
        violations.add(Violation.of("kind", "move.already-active", employee.getNip()));
      } else if (kind != MoveKind.AKTIF_KEMBALI && kind.places() && !employee.getStatus().active()) {
        violations.add(Violation.of("kind", "move.not-active", employee.getNip(), employee.getStatus().name()));
      } else if (!kind.places() && employee.getStatus() == kind.status()) {
        violations.add(Violation.of("kind", "move.same-status", employee.getStatus().name()));
      }
    }
    if (!violations.isEmpty()) {
      throw new ValidationFailedException("move.invalid", violations);
    }
    if (moves.findByEmployee(employee.getId()).stream().anyMatch(m -> m.getState() == MoveState.PENDING)) {
      throw new ApiException(HttpStatus.CONFLICT, "move.pending-exists", employee.getNip());
    }
    EmployeeMove move = moves.saveAndFlush(new EmployeeMove(employee, kind, effective, unit, position, reason, actor,
        clock.instant()));
    audit.record(actor, "EMPLOYEE_MOVE_RECORDED", "employee", employee.getNip(), kind + " effective " + effective
        + (unit == null ? "" : " to " + unit.getCode() + "/" + position.getCode()) + ": " + reason);
    if (!effective.isAfter(today)) {
      apply(move, actor);
    }
    return EmployeeMoveView.of(move);
  }

  /** The employee's moves, newest first. */
  @Transactional(readOnly = true)
  public List<EmployeeMoveView> history(String nip) {
    Employee employee = employees.findByNip(nip).orElseThrow(() -> ApiException.notFound("employee.not-found", nip));
    return moves.findByEmployee(employee.getId()).stream().map(EmployeeMoveView::of).toList();
  }

  /** The moves waiting for their date, and the latest applied ones (HR's page). */
  @Transactional(readOnly = true)
  public List<EmployeeMoveView> recent(MoveState state, int limit) {
    return moves.findByState(state, PageRequest.of(0, limit)).stream().map(EmployeeMoveView::of).toList();
  }

  /** Cancels a move that has not applied yet. */
  @Transactional
  public void cancel(String nip, long id, String actor) {
    Employee employee = employees.findByNip(nip).orElseThrow(() -> ApiException.notFound("employee.not-found", nip));
    EmployeeMove move = moves.findById(id).filter(m -> m.getEmployee().getId().equals(employee.getId()))
        .orElseThrow(() -> ApiException.notFound("move.not-found", id, nip));
    if (move.getState() != MoveState.PENDING) {
      throw new ApiException(HttpStatus.CONFLICT, "move.not-pending", id, move.getState().name());
    }
    move.cancel(actor, clock.instant());
    moves.flush();
    audit.record(actor, "EMPLOYEE_MOVE_CANCELLED", "employee", employee.getNip(), move.getKind() + " effective "
        + move.getEffectiveDate());
  }

  /** The pending moves due on {@code day} or earlier (the daily job applies them one per transaction). */
  @Transactional(readOnly = true)
  List<Long> due(LocalDate day) {
    return moves.findDue(day);
  }

  /**
   * Applies one due move if this transaction wins its claim ({@link EmployeeMoves#claim}); false when another node
   * (or an earlier run) applied or cancelled it.
   */
  @Transactional
  public boolean applyDue(long id, String actor) {
    if (moves.claim(id) != 1) {
      return false;
    }
    apply(moves.findById(id).orElseThrow(), actor);
    return true;
  }

  private void apply(EmployeeMove move, String actor) {
    Employee employee = employees.findByNip(move.getEmployee().getNip()).orElseThrow();
    MoveKind kind = move.getKind();
    OrgUnit oldUnit = employee.getUnit();
    boolean wasHead = employee.isActive() && employee.getPosition() != null && employee.getPosition().isHead();
    String fromUnit = employee.getUnit().getCode();
    String fromPosition = employee.getPosition() == null ? null : employee.getPosition().getCode();
    EmployeeStatus fromStatus = employee.getStatus();
    OrgUnit unit = kind.places() ? move.getToUnit() : employee.getUnit();
    Position position = kind.places() ? move.getToPosition() : employee.getPosition();
    if (kind.places() && position.isHead()) {
      UnitHead holder = charts.holderOf(unit.getId());
      if (holder != null && !holder.employeeId().equals(employee.getId())) {
        throw new ApiException(HttpStatus.CONFLICT, "move.head-taken", position.getCode(), holder.name());
      }
    }
    OrganizationChart chartBefore = charts.current();
    ReportingLine oldLine = OrganizationCharts.lineOf(chartBefore, employee);
    employee.move(unit, position, kind.status());
    employees.flush();
    OrganizationChart chartAfter = charts.current();
    int moved = tasks.follow(employee, oldLine, OrganizationCharts.lineOf(chartAfter, employee));
    // a head who left or arrived: the people of the units led before and after (they stay where they are)
    Map<Long, Employee> affected = new LinkedHashMap<>();
    if (wasHead) {
      employees.findActiveInUnits(chartBefore.subtreeOf(oldUnit.getId())).forEach(e -> affected.putIfAbsent(e.getId(), e));
    }
    if (employee.isActive() && position != null && position.isHead()) {
      employees.findActiveInUnits(chartAfter.subtreeOf(unit.getId())).forEach(e -> affected.putIfAbsent(e.getId(), e));
    }
    affected.remove(employee.getId());
    moved += tasks.follow(affected.values(), chartBefore, chartAfter);
    if (!employee.isActive()) {
      moved += tasks.handOverToHr(employee.getUsername());
    }
    move.applied(fromUnit, fromPosition, fromStatus, moved, clock.instant());
    moves.flush();
    audit.record(actor, "EMPLOYEE_MOVE_APPLIED", "employee", employee.getNip(), kind + " effective "
        + move.getEffectiveDate() + ": " + fromUnit + "/" + fromPosition + " " + fromStatus + " -> "
        + unit.getCode() + "/" + code(position) + " " + kind.status() + "; tasks moved: " + moved);
    events.publishEvent(new EmployeeMoved(employee.getId(), employee.getNip(), kind, move.getEffectiveDate(),
        unit.getId(), employee.isActive()));
  }

  private static String code(Position position) {
    return position == null ? "-" : position.getCode();
  }

  private static String shorten(String text) {
    if (text == null) {
      return "null";
    }
    return text.length() > 40 ? text.substring(0, 40) : text;
  }
}
