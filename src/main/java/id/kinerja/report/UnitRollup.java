package id.kinerja.report;

import id.kinerja.organization.OrgUnit;
import id.kinerja.organization.UnitLevel;
import id.kinerja.organization.UnitScopes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The unit tree as a small in-memory map (units are few: hundreds, not employees' tens of thousands), to roll the
 * per-unit counts the figure services return up to their OPD (decision 80).
 */
final class UnitRollup {

  private final Map<Long, OrgUnit> byId = new HashMap<>();
  private final Map<Long, OrgUnit> organisationOf = new HashMap<>();

  UnitRollup(UnitScopes scopes) {
    List<OrgUnit> all = scopes.all();
    for (OrgUnit unit : all) {
      byId.put(unit.getId(), unit);
    }
    Map<Long, Long> parentOf = new HashMap<>();
    for (id.kinerja.organization.UnitLink link : scopes.links()) {
      parentOf.put(link.unitId(), link.parentId());
    }
    for (OrgUnit unit : all) {
      for (Long id = unit.getId(); id != null; id = parentOf.get(id)) {
        OrgUnit up = byId.get(id);
        if (up != null && up.getLevel() == UnitLevel.OPD) {
          organisationOf.put(unit.getId(), up);
          break;
        }
      }
    }
  }

  OrgUnit unit(long id) {
    return byId.get(id);
  }

  /** The OPD of a unit; empty for the Pemda itself. */
  Optional<OrgUnit> organisation(long unitId) {
    return Optional.ofNullable(organisationOf.get(unitId));
  }

  List<OrgUnit> organisations() {
    return byId.values().stream().filter(u -> u.getLevel() == UnitLevel.OPD)
        .sorted(java.util.Comparator.comparing(OrgUnit::getCode)).toList();
  }

  String name(Long unitId) {
    OrgUnit unit = unitId == null ? null : byId.get(unitId);
    return unit == null ? "(tanpa unit)" : unit.getName();
  }

  String code(Long unitId) {
    OrgUnit unit = unitId == null ? null : byId.get(unitId);
    return unit == null ? null : unit.getCode();
  }
}
