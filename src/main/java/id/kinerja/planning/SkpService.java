package id.kinerja.planning;

import id.kinerja.common.ApiException;
import id.kinerja.common.AuditTrail;
import id.kinerja.common.TextLimits;
import id.kinerja.common.ValidationFailedException;
import id.kinerja.common.Violation;
import id.kinerja.organization.Employee;
import id.kinerja.organization.Staff;
import id.kinerja.organization.OrganizationChart;
import id.kinerja.organization.OrganizationCharts;
import id.kinerja.organization.PositionType;
import id.kinerja.organization.ReportingLine;
import id.kinerja.organization.UnitHead;
import id.kinerja.security.KinerjaUser;
import id.kinerja.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything a person does to an SKP, whether through {@code /api/v1/skp} or a Tasklist form: edit the draft,
 * submit it, review it, ask for a revision. Each decision is audited.
 */
@Service
public class SkpService {

  private final Skps skps;
  private final id.kinerja.organization.UnitDirectory units;
  private final Staff employees;
  private final OrganizationCharts charts;
  private final id.kinerja.organization.EmployeeAccess access;
  private final AuditTrail audit;
  private final Clock clock;
  private final org.springframework.beans.factory.ObjectProvider<CapaianSource> capaianSource;
  private final org.springframework.context.ApplicationEventPublisher events;
  private final org.springframework.beans.factory.ObjectProvider<PlanningSettingsSource> settingsSource;

  SkpService(Skps skps, id.kinerja.organization.UnitDirectory units, Staff employees, OrganizationCharts charts,
      AuditTrail audit, Clock clock, org.springframework.beans.factory.ObjectProvider<CapaianSource> capaianSource,
      org.springframework.context.ApplicationEventPublisher events, id.kinerja.organization.EmployeeAccess access,
      org.springframework.beans.factory.ObjectProvider<PlanningSettingsSource> settingsSource) {
    this.settingsSource = settingsSource;
    this.access = access;
    this.capaianSource = capaianSource;
    this.events = events;
    this.skps = skps;
    this.units = units;
    this.employees = employees;
    this.charts = charts;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public SkpView view(long id, KinerjaUser user) {
    Skp skp = load(id);
    if (!mayView(skp, user)) {
      throw ApiException.forbidden("skp.forbidden", id);
    }
    return SkpView.of(skp);
  }

  /** The SKP as seen by the process (no caller to check). */
  @Transactional(readOnly = true)
  public SkpView view(long id) {
    return SkpView.of(load(id));
  }

  @Transactional(readOnly = true)
  public List<SkpSummary> mine(KinerjaUser user, Integer year) {
    List<Skp> found = year == null ? skps.findByEmployeeUsernameOrderByYearDescRevisionDesc(user.username())
        : skps.findByEmployeeUsernameAndYearOrderByRevisionDesc(user.username(), year);
    return found.stream().map(SkpSummary::of).toList();
  }

  /**
   * Takes the SKP's row lock for the rest of the surrounding transaction (see {@link Skps#lockById}); callers that
   * decide from an SKP's state before changing it (submission, review, coaching) take it first.
   */
  @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
  public void lock(long id) {
    skps.lockById(id).orElseThrow(() -> ApiException.notFound("skp.not-found", id));
  }

  /** The number of periodic periods of the SKP's cycle; -1 without a cycle. */
  private int periodicPeriods(Skp skp) {
    return skp.getCycleId() == null ? -1 : settingsSource.getObject().forCycle(skp.getCycleId()).periodicPeriods();
  }

  @Transactional
  public SkpView replaceDraft(long id, SkpDraft draft, String actor) {
    lock(id);
    Skp skp = loadForOwner(id, actor);
    requireEditable(skp);
    skp.replaceContent(SkpDraftReader.read(draft, linkableRhkIds(skp), units::exists, periodicPeriods(skp)));
    audit.record(actor, "SKP_DRAFT_SAVED", "skp", String.valueOf(id), "rhk=" + skp.getRhk().size());
    return SkpView.of(skps.saveAndFlush(skp));
  }

  /** Validates and freezes the content as it is now: the row lock keeps a concurrent edit out until commit. */
  @Transactional
  public void submit(long id, String actor) {
    lock(id);
    Skp skp = loadForOwner(id, actor);
    requireEditable(skp);
    boolean seniorOfficial = skp.getEmployee().getPosition() != null
        && skp.getEmployee().getPosition().getType() == PositionType.JPT;
    List<Violation> violations = SkpRules.check(skp.getRhk(), !linkableRhkIds(skp).isEmpty(), seniorOfficial);
    if (!violations.isEmpty()) {
      throw new ValidationFailedException("skp.submit.rejected", violations, violations.size());
    }
    skp.submit(actor, clock.instant());
    audit.record(actor, "SKP_SUBMITTED", "skp", String.valueOf(id), "round=" + skp.getReviews().size());
  }

  /** Review notes fit in a Camunda string variable and the notes column: checked before they reach the engine. */
  static void requireNotesWithinLimit(String notes) {
    if (notes != null && notes.length() > TextLimits.MAX_CHARS) {
      throw new ValidationFailedException("skp.review.invalid",
          List.of(Violation.of("notes", "skp.review.notes-too-long", TextLimits.MAX_CHARS)));
    }
  }

  @Transactional
  public void review(long id, ReviewDecision decision, String notes, String reviewer) {
    lock(id);
    Skp skp = load(id);
    if (skp.getStatus() != SkpStatus.SUBMITTED) {
      throw ApiException.conflict("skp.not-submitted", id, skp.getStatus());
    }
    if (decision == null) {
      throw new ValidationFailedException("skp.review.invalid",
          List.of(Violation.of("decision", "skp.review.decision-required")));
    }
    String trimmed = notes == null || notes.isBlank() ? null : notes.trim();
    if (decision == ReviewDecision.RETURN && trimmed == null) {
      throw new ValidationFailedException("skp.review.invalid",
          List.of(Violation.of("notes", "skp.review.notes-required")));
    }
    requireNotesWithinLimit(trimmed);
    Instant now = clock.instant();
    if (decision == ReviewDecision.APPROVE && skp.getRevision() > 0) {
      skps.findInForce(skp.getEmployee().getId(), skp.getYear()).ifPresent(previous -> previous.supersede(now));
    }
    skp.decide(reviewer, decision, trimmed, now);
    if (decision == ReviewDecision.APPROVE) {
      events.publishEvent(new SkpAgreed(skp.getId(), skp.getCycleId(), skp.getYear(), skp.getRevision(),
          skp.getEmployee().getUsername()));
    }
    audit.record(reviewer, decision == ReviewDecision.APPROVE ? "SKP_APPROVED" : "SKP_RETURNED", "skp",
        String.valueOf(id), trimmed);
  }

  /** At most this many characters per ekspektasi khusus. */
  static final int EXPECTATION_MAX = 2000;

  /**
   * The supervisor writes the ekspektasi khusus pimpinan per BerAKHLAK value (domain.md, SKP): values with blank
   * text are removed; all values at once. Only the employee's supervisor (as the tree, acting heads and HR's
   * corrections say now), and only before the SKP is agreed: it is part of the agreed SKP.
   */
  @Transactional
  public SkpView replaceExpectations(long id, Map<String, String> expectations, String actor) {
    lock(id);
    Skp skp = load(id);
    UnitHead supervisor = OrganizationCharts.lineOf(charts.current(), skp.getEmployee()).supervisor();
    if (supervisor == null || !supervisor.username().equals(actor)) {
      throw ApiException.forbidden("skp.expectations-forbidden", id);
    }
    if (skp.getStatus() == SkpStatus.AGREED) {
      throw ApiException.conflict("skp.expectations-closed", id);
    }
    List<Violation> violations = new java.util.ArrayList<>();
    Map<CoreValue, String> valid = new java.util.EnumMap<>(CoreValue.class);
    (expectations == null ? Map.<String, String>of() : expectations).forEach((key, text) -> {
      CoreValue value = java.util.Arrays.stream(CoreValue.values())
          .filter(v -> v.name().equalsIgnoreCase(key == null ? "" : key.trim())).findFirst().orElse(null);
      if (value == null) {
        violations.add(Violation.of("expectations", "skp.expectation-value-unknown", String.valueOf(key),
            java.util.Arrays.stream(CoreValue.values()).map(Enum::name).collect(Collectors.joining(", "))));
      } else if (text != null && text.length() > EXPECTATION_MAX) {
        violations.add(Violation.of("expectations." + value.name(), "skp.expectation-too-long", EXPECTATION_MAX));
      } else if (text != null && !text.isBlank()) {
        valid.put(value, text.trim());
      }
    });
    if (!violations.isEmpty()) {
      throw new ValidationFailedException("skp.expectations-invalid", violations);
    }
    skp.replaceExpectations(valid);
    audit.record(actor, "SKP_EXPECTATIONS_SET", "skp", String.valueOf(id), valid.keySet().toString());
    return SkpView.of(skps.saveAndFlush(skp));
  }

  /** Creates the draft revision of an agreed SKP; the agreed one stays in force until the revision is agreed. */
  @Transactional
  public Skp requestRevision(long id, String actor) {
    lock(id);
    Skp skp = loadForOwner(id, actor);
    if (!skp.isInForce()) {
      throw ApiException.conflict("skp.revision.not-agreed", id);
    }
    if (skps.findOpenRevision(skp.getEmployee().getId(), skp.getYear()).isPresent()) {
      throw ApiException.conflict("skp.revision.open", id);
    }
    Skp revision = skps.save(skp.newRevision(clock.instant()));
    audit.record(actor, "SKP_REVISION_REQUESTED", "skp", String.valueOf(revision.getId()), "revisionOf=" + id);
    return revision;
  }

  @Transactional(readOnly = true)
  public List<SubordinateSkp> subordinates(KinerjaUser user, int year) {
    Employee me = employees.byUsername(user.username())
        .orElseThrow(() -> ApiException.forbidden("employee.no-profile", user.username()));
    OrganizationChart chart = charts.current();
    Set<Long> units = chart.unitsLedBy(me.getId());
    List<Employee> direct = units.isEmpty() ? List.of() : employees.activeInUnits(units).stream()
        .filter(e -> {
          UnitHead supervisor = OrganizationCharts.lineOf(chart, e).supervisor();
          return supervisor != null && supervisor.employeeId().equals(me.getId());
        }).toList();
    Map<Long, Skp> latest = direct.isEmpty() ? Map.of()
        : skps.findLatest(direct.stream().map(Employee::getId).toList(), year).stream()
            .collect(Collectors.toMap(s -> s.getEmployee().getId(), s -> s));
    List<Long> agreed = latest.values().stream().filter(s -> s.getStatus() == SkpStatus.AGREED)
        .map(Skp::getId).toList();
    Map<Long, java.math.BigDecimal> capaian = agreed.isEmpty() ? Map.of()
        : capaianSource.getObject().weightedCapaian(agreed);
    return direct.stream().map(e -> {
      Skp skp = latest.get(e.getId());
      return new SubordinateSkp(e.getNip(), e.getName(), e.getUsername(),
          e.getPosition() == null ? null : e.getPosition().getName(),
          skp == null ? null : skp.getId(), skp == null ? null : skp.getStatus(),
          skp == null ? null : skp.getRevision(), skp == null ? null : capaian.get(skp.getId()));
    }).toList();
  }

  /** Lookups of many ids per query, in chunks that stay far below PostgreSQL's limit of bind parameters. */
  public static final int CHUNK = 1000;

  /**
   * Many SKPs as the process sees them (no caller to check: the caller has checked who may see them), in five
   * queries per {@value #CHUNK} SKPs instead of one load per SKP: the monitor of a head with 2,000 employees below.
   */
  @Transactional(readOnly = true)
  public Map<Long, SkpView> views(java.util.Collection<Long> ids) {
    Map<Long, SkpView> result = new java.util.HashMap<>();
    for (List<Long> chunk : chunks(ids)) {
      List<Skp> found = skps.findWithRhk(chunk);
      skps.fetchIndicators(chunk);
      skps.fetchReviews(chunk);
      skps.fetchExpectations(chunk);
      found.forEach(skp -> result.put(skp.getId(), SkpView.of(skp)));
    }
    return result;
  }

  /**
   * Per employee (by id) their SKP of the year for a monitor: the latest revision's id and status, and the agreed one
   * in force (the one realisations are recorded against; it may differ from the latest, a revision under way).
   * Employees without an SKP of the year are absent. Two queries per {@value #CHUNK} employees.
   */
  @Transactional(readOnly = true)
  public Map<Long, TeamSkp> ofEmployees(java.util.Collection<Long> employeeIds, int year) {
    Map<Long, TeamSkp> result = new java.util.HashMap<>();
    for (List<Long> chunk : chunks(employeeIds)) {
      Map<Long, Long> inForce = skps.findInForceOf(chunk, year).stream()
          .collect(Collectors.toMap(s -> s.getEmployee().getId(), Skp::getId, (a, b) -> a));
      for (Skp latest : skps.findLatest(chunk, year)) {
        Long employeeId = latest.getEmployee().getId();
        result.put(employeeId, new TeamSkp(employeeId, latest.getId(), latest.getStatus(), latest.getRevision(),
            inForce.get(employeeId)));
      }
    }
    return result;
  }

  private static <T> List<List<T>> chunks(java.util.Collection<T> all) {
    List<T> list = List.copyOf(new java.util.LinkedHashSet<>(all));
    List<List<T>> result = new java.util.ArrayList<>();
    for (int i = 0; i < list.size(); i += CHUNK) {
      result.add(list.subList(i, Math.min(list.size(), i + CHUNK)));
    }
    return result;
  }

  /** The employee's reporting line now: the reviewer is its supervisor, the escalation goes to its senior. */
  @Transactional(readOnly = true)
  public ReportingLine reportingLineOf(long skpId) {
    Skp skp = load(skpId);
    return OrganizationCharts.lineOf(charts.current(), skp.getEmployee());
  }

  /** RHK of the supervisor's agreed SKP for the year that this SKP may support, id → text. */
  @Transactional(readOnly = true)
  public Map<Long, String> supervisorRhkOptions(long skpId) {
    Skp skp = load(skpId);
    return supervisorSkp(skp).map(s -> s.getRhk().stream()
            .collect(Collectors.toMap(Rhk::getId, Rhk::getText, (a, b) -> a, LinkedHashMap::new)))
        .orElse(new LinkedHashMap<>());
  }

  /** Whether the user holds a head post above the SKP owner's unit (or of it, for a non-head owner). */
  @Transactional(readOnly = true)
  public boolean leadsOwnerOf(long skpId, String username) {
    return access.leads(username, load(skpId).getEmployee());
  }

  /** Ids of the agreed SKPs in force of a cycle. */
  @Transactional(readOnly = true)
  public List<Long> agreedOfCycle(long cycleId) {
    return skps.findAgreedIdsOfCycle(cycleId);
  }

  @Transactional(readOnly = true)
  public void requireEditableByOwner(long id, String actor) {
    requireEditable(loadForOwner(id, actor));
  }

  @Transactional(readOnly = true)
  public boolean isOwner(long skpId, String username) {
    return load(skpId).getEmployee().getUsername().equals(username);
  }

  private Set<Long> linkableRhkIds(Skp skp) {
    return supervisorSkp(skp).map(s -> s.getRhk().stream().map(Rhk::getId).collect(Collectors.toSet()))
        .orElse(Set.of());
  }

  private Optional<Skp> supervisorSkp(Skp skp) {
    UnitHead supervisor = OrganizationCharts.lineOf(charts.current(), skp.getEmployee()).supervisor();
    return supervisor == null ? Optional.empty() : skps.findInForce(supervisor.employeeId(), skp.getYear());
  }

  private boolean mayView(Skp skp, KinerjaUser user) {
    return access.maySee(user, skp.getEmployee());
  }

  private Skp load(long id) {
    return skps.findWithEmployee(id).orElseThrow(() -> ApiException.notFound("skp.not-found", id));
  }

  private Skp loadForOwner(long id, String actor) {
    Skp skp = load(id);
    if (!skp.getEmployee().getUsername().equals(actor)) {
      throw ApiException.forbidden("skp.owner-only", id);
    }
    return skp;
  }

  private static void requireEditable(Skp skp) {
    if (skp.getStatus() == SkpStatus.AGREED) {
      throw ApiException.forbidden("skp.frozen", skp.getId());
    }
    if (!skp.isEditable()) {
      throw ApiException.conflict("skp.under-review", skp.getId());
    }
  }
}
