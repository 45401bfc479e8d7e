package id.kinerja.organization;

import id.kinerja.common.ApiException;
import id.kinerja.security.KinerjaUser;
import id.kinerja.security.Role;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What keeps the organisation from being true (issue 16, *Data quality*): employees without a supervisor or a
 * senior, head posts that are vacant without an acting head, positions over their formasi, employees without an
 * e-mail address or a login. HR sees the whole organisation, a head their subtree; counts are complete, lists show
 * the first {@value #SHOWN}. Read with projections and the chart, never entity by entity.
 */
@Service
public class DataQuality {

  static final int SHOWN = 200;

  private final Employees employees;
  private final OrgUnits orgUnits;
  private final Positions positions;
  private final OrganizationCharts charts;
  private final ReportingLineCorrections corrections;
  private final IdentityService identity;
  private final Clock clock;

  DataQuality(Employees employees, OrgUnits orgUnits, Positions positions, OrganizationCharts charts,
      ReportingLineCorrections corrections, IdentityService identity, Clock clock) {
    this.employees = employees;
    this.orgUnits = orgUnits;
    this.positions = positions;
    this.charts = charts;
    this.corrections = corrections;
    this.identity = identity;
    this.clock = clock;
  }

  /** Corrections that end within this many days: HR looks at them again. */
  static final int EXPIRING_DAYS = 30;

  public record Person(String nip, String name, String unitCode) {
  }

  public record VacantPost(String positionCode, String positionName, String unitCode) {
  }

  public record Finding<T>(long count, List<T> shown) {
  }

  public record Report(java.time.Instant checkedAt, Finding<Person> noSupervisor, Finding<Person> noSenior,
      Finding<VacantPost> vacantHeadPosts, Finding<PositionOverFormasi> overFormasi, Finding<Person> withoutEmail,
      Finding<Person> withoutLogin, Finding<Person> correctionsExpiring) {
  }

  @Transactional(readOnly = true)
  public Report check(KinerjaUser user) {
    OrganizationChart chart = charts.current();
    Set<Long> scope = scope(user, chart);
    List<Person> noSupervisor = new ArrayList<>();
    List<Person> noSenior = new ArrayList<>();
    List<Person> withoutEmail = new ArrayList<>();
    List<EmployeeLine> inScope = new ArrayList<>();
    for (EmployeeLine e : employees.findActiveLines()) {
      if (scope != null && !scope.contains(e.unitId())) {
        continue;
      }
      inScope.add(e);
      ReportingLine line = chart.lineOf(e.id(), e.unitId(), e.holdsHeadPosition());
      Person person = new Person(e.nip(), e.name(), e.unitCode());
      if (line.supervisor() == null) {
        noSupervisor.add(person);
      } else if (line.senior() == null) {
        noSenior.add(person);
      }
      if (e.email() == null || e.email().isBlank()) {
        withoutEmail.add(person);
      }
    }
    List<VacantPost> vacant = positions.findByHeadTrue().stream()
        .filter(p -> scope == null || scope.contains(p.getUnit().getId()))
        .filter(p -> chart.headOf(p.getUnit().getId()) == null)
        .map(p -> new VacantPost(p.getCode(), p.getName(), p.getUnit().getCode())).toList();
    Set<String> unitCodes = scope == null ? null : inScope.stream().map(EmployeeLine::unitCode)
        .collect(java.util.stream.Collectors.toSet());
    List<PositionOverFormasi> over = employees.findOverFormasi().stream()
        .filter(o -> unitCodes == null || unitCodes.contains(o.unitCode())).toList();
    return new Report(clock.instant(), finding(noSupervisor), finding(noSenior), finding(vacant), finding(over),
        finding(withoutEmail), finding(withoutLogin(inScope)), finding(expiring(inScope)));
  }

  /** Null: everything (HR); otherwise the units the head leads. */
  /**
   * Opening a cycle warns before it starts tasks nobody can do: per unit code, how many active employees of its
   * subtree have no supervisor today (their reviews would go to HR's group), the head of the Pemda aside; units
   * without any are left out.
   */
  @Transactional(readOnly = true)
  public java.util.Map<String, Long> brokenLinesPerSubtree() {
    OrganizationChart chart = charts.current();
    java.util.Map<Long, Long> parents = new java.util.HashMap<>();
    for (UnitLink link : orgUnits.findAllLinks()) {
      parents.put(link.unitId(), link.parentId());
    }
    java.util.Map<Long, Long> perUnit = new java.util.HashMap<>();
    for (EmployeeLine e : employees.findActiveLines()) {
      ReportingLine line = chart.lineOf(e.id(), e.unitId(), e.holdsHeadPosition());
      // the head of the Pemda (the top of the tree) has nobody above by design
      boolean top = e.holdsHeadPosition() && parents.get(e.unitId()) == null;
      if (line.supervisor() != null || top) {
        continue;
      }
      java.util.Set<Long> seen = new java.util.HashSet<>();
      for (Long unit = e.unitId(); unit != null && seen.add(unit); unit = parents.get(unit)) {
        perUnit.merge(unit, 1L, Long::sum);
      }
    }
    java.util.Map<String, Long> byCode = new java.util.TreeMap<>();
    if (!perUnit.isEmpty()) {
      orgUnits.findAllById(perUnit.keySet()).forEach(u -> byCode.put(u.getCode(), perUnit.get(u.getId())));
    }
    return byCode;
  }

  private Set<Long> scope(KinerjaUser user, OrganizationChart chart) {
    if (user.has(Role.HR)) {
      return null;
    }
    Set<Long> led = employees.findByUsername(user.username()).map(me -> chart.unitsLedBy(me.getId()))
        .orElse(Set.of());
    if (led.isEmpty()) {
      throw ApiException.forbidden("data-quality.forbidden");
    }
    return led;
  }

  /** Employees whose login is missing in the engine's identity store (with Keycloak, the identity provider's). */
  private List<Person> withoutLogin(List<EmployeeLine> lines) {
    List<String> usernames = lines.stream().map(EmployeeLine::username).toList();
    Set<String> existing = new java.util.HashSet<>(Chunked.query(usernames, chunk -> identity.createUserQuery()
        .userIdIn(chunk.toArray(String[]::new)).list().stream().map(User::getId).toList()));
    return lines.stream().filter(e -> !existing.contains(e.username()))
        .map(e -> new Person(e.nip(), e.name(), e.unitCode())).toList();
  }

  private List<Person> expiring(List<EmployeeLine> lines) {
    java.time.LocalDate today = java.time.LocalDate.now(clock);
    java.util.Map<Long, EmployeeLine> byId = new java.util.HashMap<>();
    lines.forEach(line -> byId.put(line.id(), line));
    return corrections.findValidOn(today).stream()
        .filter(c -> !c.validUntil().isAfter(today.plusDays(EXPIRING_DAYS)) && byId.containsKey(c.employeeId()))
        .map(c -> byId.get(c.employeeId()))
        .map(e -> new Person(e.nip(), e.name(), e.unitCode())).toList();
  }

  private static <T> Finding<T> finding(List<T> all) {
    return new Finding<>(all.size(), all.stream().limit(SHOWN).toList());
  }
}
