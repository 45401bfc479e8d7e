package id.kinerja.organization;

import id.kinerja.common.ApiException;
import id.kinerja.security.KinerjaUser;
import id.kinerja.security.Role;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is on a supervisor's or head's team (the monitor {@code /app/tim}, decision 88): a supervisor sees their direct
 * subordinates (whose supervisor the organisation chart says they are); a head — Role HEAD, or holding the head post
 * of a unit with units below it — sees everyone active in the units they lead, optionally narrowed to one of those
 * units with its subtree. Three queries whatever the size: the chart, the employees of the units, the units' names.
 */
@Service
@Transactional(readOnly = true)
public class TeamScope {

  private final Employees employees;
  private final OrgUnits units;
  private final OrganizationCharts charts;

  TeamScope(Employees employees, OrgUnits units, OrganizationCharts charts) {
    this.employees = employees;
    this.units = units;
    this.charts = charts;
  }

  /** One person on the team; {@code direct}: the viewer is their supervisor. */
  public record Member(long employeeId, String nip, String name, String username, String positionName,
      String unitCode, String unitName, boolean direct) {
  }

  /** A unit the viewer leads (for the unit filter). */
  public record Unit(String code, String name) {
  }

  /**
   * @param wholeSubtree whether the viewer sees the whole subtree (a head) or only direct subordinates
   * @param units the units the viewer leads, for the filter (heads only; empty otherwise)
   * @param unitCode the filter applied, null for none
   */
  public record Team(boolean wholeSubtree, List<Unit> units, String unitCode, List<Member> members) {
  }

  /**
   * The viewer's team. Refused: a viewer without an employee profile or without any head post (403); a unit filter
   * that is unknown (404) or outside the units the viewer leads (403).
   */
  public Team of(KinerjaUser user, String unitCode) {
    Employee me = employees.findByUsername(user.username())
        .orElseThrow(() -> ApiException.forbidden("team.not-a-lead", user.username()));
    OrganizationChart chart = charts.current();
    Set<Long> led = chart.unitsLedBy(me.getId());
    if (led.isEmpty()) {
      if (user.has(Role.HEAD)) {
        return new Team(true, List.of(), null, List.of());
      }
      throw ApiException.forbidden("team.not-a-lead", user.username());
    }
    long headedUnits = led.stream().filter(u -> chart.headOf(u) != null
        && chart.headOf(u).employeeId().equals(me.getId())).count();
    boolean wholeSubtree = user.has(Role.HEAD) || led.size() > headedUnits;
    Map<Long, OrgUnit> unitsById = units.findAllById(led).stream()
        .collect(Collectors.toMap(OrgUnit::getId, Function.identity()));
    Set<Long> shown = led;
    String filter = unitCode == null || unitCode.isBlank() ? null : unitCode.trim();
    if (filter != null) {
      if (!wholeSubtree) {
        throw ApiException.badRequest("team.no-unit-filter");
      }
      OrgUnit unit = units.findByCode(filter).orElseThrow(() -> ApiException.notFound("team.unit-unknown",
          filter.length() > 40 ? filter.substring(0, 40) : filter));
      if (!led.contains(unit.getId())) {
        throw ApiException.forbidden("team.unit-not-led", unit.getCode());
      }
      shown = chart.subtreeOf(unit.getId());
    }
    List<Member> members = Chunked.query(shown, employees::findActiveInUnits).stream()
        .filter(e -> !e.getId().equals(me.getId()))
        .map(e -> {
          UnitHead supervisor = OrganizationCharts.lineOf(chart, e).supervisor();
          boolean direct = supervisor != null && supervisor.employeeId().equals(me.getId());
          return new Member(e.getId(), e.getNip(), e.getName(), e.getUsername(),
              e.getPosition() == null ? null : e.getPosition().getName(), e.getUnit().getCode(),
              e.getUnit().getName(), direct);
        })
        .filter(m -> wholeSubtree || m.direct())
        .sorted(Comparator.comparing(Member::name))
        .toList();
    List<Unit> filterUnits = !wholeSubtree ? List.of() : unitsById.values().stream()
        .sorted(Comparator.comparing(OrgUnit::getCode)).map(u -> new Unit(u.getCode(), u.getName())).toList();
    return new Team(wholeSubtree, filterUnits, filter, members);
  }

  /** The employee of this NIP if the viewer leads them (the drill-down of the monitor); else refused. */
  public Member member(KinerjaUser user, String nip) {
    Employee me = employees.findByUsername(user.username())
        .orElseThrow(() -> ApiException.forbidden("team.not-a-lead", user.username()));
    Employee employee = nip != null && nip.matches("\\d{18}") ? employees.findByNip(nip).orElse(null) : null;
    if (employee == null) {
      throw ApiException.notFound("team.member-unknown", nip == null || nip.length() > 40 ? "?" : nip);
    }
    OrganizationChart chart = charts.current();
    if (employee.getId().equals(me.getId()) || !chart.unitsLedBy(me.getId()).contains(employee.getUnit().getId())) {
      throw ApiException.forbidden("team.member-not-led", nip);
    }
    UnitHead supervisor = OrganizationCharts.lineOf(chart, employee).supervisor();
    return new Member(employee.getId(), employee.getNip(), employee.getName(), employee.getUsername(),
        employee.getPosition() == null ? null : employee.getPosition().getName(), employee.getUnit().getCode(),
        employee.getUnit().getName(), supervisor != null && supervisor.employeeId().equals(me.getId()));
  }
}
