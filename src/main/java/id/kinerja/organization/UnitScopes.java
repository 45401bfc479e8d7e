package id.kinerja.organization;

import id.kinerja.security.KinerjaUser;
import id.kinerja.security.Role;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which units a report or dashboard may show to whom: HR everything; anyone holding a head post the units they lead
 * with everything below them; others nothing. Other modules ask here instead of walking the chart themselves.
 */
@Service
@Transactional(readOnly = true)
public class UnitScopes {

  private final OrganizationCharts charts;
  private final Employees employees;
  private final OrgUnits units;
  private final org.springframework.jdbc.core.JdbcTemplate jdbc;

  UnitScopes(OrganizationCharts charts, Employees employees, OrgUnits units,
      org.springframework.jdbc.core.JdbcTemplate jdbc) {
    this.charts = charts;
    this.employees = employees;
    this.units = units;
    this.jdbc = jdbc;
  }

  /** Active employees per unit id, in one grouping statement (index {@code employee (unit_id)}). */
  public java.util.Map<Long, Long> activeEmployeesByUnit() {
    java.util.Map<Long, Long> counts = new java.util.HashMap<>();
    jdbc.query("select unit_id, count(*) from employee where active = true group by unit_id",
        rs -> {
          counts.put(rs.getLong(1), rs.getLong(2));
        });
    return counts;
  }

  /** The units the user may see in reports; {@link Scope#all()} for HR. */
  public Scope of(KinerjaUser user) {
    if (user.has(Role.HR)) {
      return new Scope(true, Set.of());
    }
    Set<Long> led = employees.findByUsername(user.username())
        .map(me -> charts.current().unitsLedBy(me.getId())).orElse(Set.of());
    return new Scope(false, Set.copyOf(led));
  }

  /** A unit with everything below it (ids). */
  public Set<Long> subtreeOf(long unitId) {
    return charts.current().subtreeOf(unitId);
  }

  public Optional<OrgUnit> byCode(String code) {
    return code == null ? Optional.empty() : units.findByCode(code);
  }

  /** Every unit as (id, parent id), for rolling unit counts up the tree. */
  public List<UnitLink> links() {
    return units.findAllLinks();
  }

  /** Every unit, ordered by code. */
  public List<OrgUnit> all() {
    return units.findAllWithParent();
  }

  /** The OPD a unit belongs to (itself when it is one); empty above the OPD level (the Pemda). */
  public Optional<OrgUnit> organisationOf(long unitId) {
    for (OrgUnit u = units.findById(unitId).orElse(null); u != null; u = u.getParent()) {
      if (u.getLevel() == UnitLevel.OPD) {
        return Optional.of(u);
      }
    }
    return Optional.empty();
  }

  /** What a user may see: everything, or these unit ids. */
  public record Scope(boolean all, Set<Long> unitIds) {

    public boolean covers(long unitId) {
      return all || unitIds.contains(unitId);
    }

    public boolean isEmpty() {
      return !all && unitIds.isEmpty();
    }
  }
}
