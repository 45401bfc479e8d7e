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
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Acting heads (Plt./Plh.) of a unit (domain.md, *Acting officials*): HR appoints one with dates and the decree,
 * lists them, ends one early. While valid the acting head leads the unit in the chart ({@link OrganizationCharts}),
 * so tasks, reminders and visibility follow; open tasks move at once ({@link ReportingLineTasks}). A Plt. fills a
 * vacant post, a Plh. stands in for a holder who is away; one appointment per unit at a time. Audited.
 */
@Service
public class ActingHeadService {

  static final int DECREE_MAX = 200;
  /** The longest appointment: BKN appoints a Plt. for up to three months, extendable; a year covers extensions. */
  static final int MAX_DAYS = 366;

  private final OrgUnits units;
  private final Employees employees;
  private final Positions positions;
  private final ActingHeads actingHeads;
  private final OrganizationCharts charts;
  private final ReportingLineTasks tasks;
  private final AuditTrail audit;
  private final Clock clock;

  ActingHeadService(OrgUnits units, Employees employees, Positions positions, ActingHeads actingHeads,
      OrganizationCharts charts, ReportingLineTasks tasks, AuditTrail audit, Clock clock) {
    this.units = units;
    this.employees = employees;
    this.positions = positions;
    this.actingHeads = actingHeads;
    this.charts = charts;
    this.tasks = tasks;
    this.audit = audit;
    this.clock = clock;
  }

  public record Appointment(String nip, String kind, String from, String to, String decree) {
  }

  @Transactional
  public ActingHeadView appoint(String unitCode, Appointment request, String actor) {
    OrgUnit unit = unit(unitCode);
    List<Violation> violations = new ArrayList<>();
    Employee employee = null;
    if (request.nip() == null || request.nip().isBlank()) {
      violations.add(Violation.of("nip", "acting.nip-required"));
    } else {
      employee = employees.findByNip(request.nip().trim()).orElse(null);
      if (employee == null || !employee.isActive()) {
        violations.add(Violation.of("nip", "acting.employee-unknown", request.nip().trim()));
      }
    }
    ActingKind kind = null;
    try {
      kind = request.kind() == null ? null : ActingKind.valueOf(request.kind().trim());
    } catch (IllegalArgumentException e) {
      // reported below
    }
    if (kind == null) {
      violations.add(Violation.of("kind", "acting.kind-invalid", String.valueOf(request.kind())));
    }
    LocalDate from = date("from", request.from(), violations);
    LocalDate to = date("to", request.to(), violations);
    if (from != null && to != null && (to.isBefore(from) || to.isAfter(from.plusDays(MAX_DAYS)))) {
      violations.add(Violation.of("to", "acting.dates", from.toString(), MAX_DAYS));
    }
    if (to != null && to.isBefore(LocalDate.now(clock))) {
      violations.add(Violation.of("to", "acting.in-the-past"));
    }
    String decree = request.decree() == null ? "" : request.decree().trim();
    if (decree.isEmpty() || decree.length() > DECREE_MAX) {
      violations.add(Violation.of("decree", "acting.decree-required", DECREE_MAX));
    }
    Position post = positions.findByHeadTrueAndUnitIdIn(List.of(unit.getId())).stream().findFirst().orElse(null);
    if (post == null) {
      violations.add(Violation.of("unitCode", "acting.no-head-post", unit.getCode()));
    }
    if (!violations.isEmpty()) {
      throw new ValidationFailedException("acting.invalid", violations);
    }
    UnitHead holder = charts.holderOf(unit.getId());
    if (kind == ActingKind.PLT && holder != null) {
      throw new ApiException(HttpStatus.CONFLICT, "acting.plt-not-vacant", unit.getCode(), holder.name());
    }
    if (kind == ActingKind.PLH && holder == null) {
      throw new ApiException(HttpStatus.CONFLICT, "acting.plh-vacant", unit.getCode());
    }
    if (holder != null && holder.employeeId().equals(employee.getId())) {
      throw new ApiException(HttpStatus.CONFLICT, "acting.own-post", employee.getName(), unit.getCode());
    }
    if (actingHeads.overlaps(unit.getId(), from, to)) {
      throw new ApiException(HttpStatus.CONFLICT, "acting.overlap", unit.getCode());
    }
    OrganizationChart before = charts.current();
    ActingHead appointed = actingHeads.saveAndFlush(new ActingHead(unit, employee, kind, from, to, decree, actor,
        clock.instant()));
    int moved = followTasks(unit, before);
    audit.record(actor, "ACTING_HEAD_APPOINTED", "org_unit", unit.getCode(), kind + " " + employee.getNip() + " "
        + from + ".." + to + " (" + decree + "); tasks moved: " + moved);
    return ActingHeadView.of(appointed, LocalDate.now(clock));
  }

  @Transactional(readOnly = true)
  public List<ActingHeadView> list(String unitCode) {
    OrgUnit unit = unit(unitCode);
    LocalDate today = LocalDate.now(clock);
    return actingHeads.findByUnit(unit.getId()).stream().map(a -> ActingHeadView.of(a, today)).toList();
  }

  /** Every appointment valid today or later, in all units (HR's page). */
  @Transactional(readOnly = true)
  public List<ActingHeadView> currentAndComing() {
    LocalDate today = LocalDate.now(clock);
    return actingHeads.findCurrentAndComing(today).stream().map(a -> ActingHeadView.of(a, today)).toList();
  }

  @Transactional
  public void end(String unitCode, long id, String actor) {
    OrgUnit unit = unit(unitCode);
    ActingHead appointment = actingHeads.findById(id).filter(a -> a.getUnit().getId().equals(unit.getId()))
        .orElseThrow(() -> ApiException.notFound("acting.not-found", id, unit.getCode()));
    LocalDate today = LocalDate.now(clock);
    if (appointment.getTo().isBefore(today)) {
      throw new ApiException(HttpStatus.CONFLICT, "acting.already-over", id, appointment.getTo().toString());
    }
    OrganizationChart before = charts.current();
    appointment.end(today, actor, clock.instant());
    actingHeads.flush();
    int moved = followTasks(unit, before);
    audit.record(actor, "ACTING_HEAD_ENDED", "org_unit", unit.getCode(), appointment.getKind() + " "
        + appointment.getEmployee().getNip() + " ended; tasks moved: " + moved);
  }

  /** Everyone whose line may change: the unit's subtree (led by the acting head now, or by the next head up). */
  private int followTasks(OrgUnit unit, OrganizationChart before) {
    OrganizationChart after = charts.current();
    return tasks.follow(employees.findActiveInUnits(after.subtreeOf(unit.getId())), before, after);
  }

  private OrgUnit unit(String code) {
    return units.findByCode(code).orElseThrow(() -> ApiException.notFound("unit.not-found", code));
  }

  private static LocalDate date(String field, String text, List<Violation> violations) {
    if (text == null || text.isBlank()) {
      violations.add(Violation.of(field, "acting.date-required"));
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      violations.add(Violation.of(field, "acting.date-format", text.length() > 20 ? text.substring(0, 20) : text));
      return null;
    }
  }
}
