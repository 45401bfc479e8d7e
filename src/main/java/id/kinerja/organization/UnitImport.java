package id.kinerja.organization;

import static id.kinerja.organization.Chunked.byKey;
import static id.kinerja.organization.Chunked.query;

import id.kinerja.common.AuditTrail;
import id.kinerja.common.Violation;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR's import of the organisation tree ({@code kode,nama,tingkat,induk_kode}, optional
 * {@code populasi_layanan,zona_waktu,kedudukan}), CSV or XLSX, all rows or none. Rows may come in any order: a parent may be
 * in the file or already stored, and is always one level up or more (PEMDA → OPD → BIDANG → SEKSI), so the tree
 * cannot loop. A unit's level does not change by import; only the PEMDA root carries a time zone.
 */
@Service
public class UnitImport {

  static final List<String> REQUIRED_COLUMNS = List.of("kode", "nama", "tingkat", "induk_kode");
  private static final int POPULATION_MAX = 100_000_000;

  private final OrgUnits units;
  private final AuditTrail audit;

  UnitImport(OrgUnits units, AuditTrail audit) {
    this.units = units;
    this.audit = audit;
  }

  @Transactional
  public ImportResult importTable(ImportTable table, String actor, boolean dryRun) {
    table.requireColumns(REQUIRED_COLUMNS);
    List<ImportTable.Row> rows = table.rows();
    Set<String> codes = new HashSet<>();
    rows.forEach(r -> {
      codes.add(r.get("kode"));
      codes.add(r.get("induk_kode"));
    });
    codes.remove("");
    Map<String, OrgUnit> stored = byKey(query(codes, units::findByCodeIn), OrgUnit::getCode);

    List<Violation> violations = new ArrayList<>(table.violations());
    List<Unit> valid = validate(rows, stored, violations);
    if (!violations.isEmpty()) {
      throw ImportRefusal.of(violations);
    }
    Map<String, OrgUnit> byCode = new HashMap<>(stored);
    ImportPlan plan = new ImportPlan(dryRun);
    List<OrgUnit> toSave = new ArrayList<>();
    // parents before children: a parent is always of a higher level
    for (Unit unit : valid.stream().sorted(Comparator.comparing(u -> u.level().ordinal())).toList()) {
      OrgUnit parent = unit.parentCode().isEmpty() ? null : byCode.get(unit.parentCode());
      OrgUnit entity = stored.get(unit.code());
      Map<String, String> before = entity == null ? null : entity.importedFields();
      if (entity == null) {
        entity = new OrgUnit(unit.code(), unit.name(), unit.level(), parent);
        plan.added(unit.code());
      }
      // an optional column the file does not have leaves the stored value as it is
      entity.update(unit.name(), unit.level(), parent,
          table.hasColumn("populasi_layanan") ? unit.population() : entity.getServicePopulation(),
          table.hasColumn("zona_waktu") ? unit.zone() : entity.getTimeZone().orElse(null),
          table.hasColumn("kedudukan") ? unit.seat() : entity.getSeat().orElse(null));
      if (before != null) {
        plan.compare(unit.code(), before, entity.importedFields());
      }
      byCode.put(unit.code(), entity);
      toSave.add(entity);
    }
    units.saveAll(toSave);
    units.flush();
    if (!dryRun) {
      plan.audit(audit, actor, "UNITS_IMPORTED", "org_unit", rows.size());
    }
    return plan.result(rows.size(), null);
  }

  private static List<Unit> validate(List<ImportTable.Row> rows, Map<String, OrgUnit> stored,
      List<Violation> violations) {
    Map<String, UnitLevel> levelInFile = new HashMap<>();
    Map<String, Integer> firstRow = new HashMap<>();
    for (ImportTable.Row row : rows) {
      UnitLevel level = ImportCodes.enumValue(UnitLevel.class, row.get("tingkat"));
      if (level != null) {
        levelInFile.putIfAbsent(row.get("kode"), level);
      }
    }
    List<Unit> valid = new ArrayList<>();
    for (ImportTable.Row row : rows) {
      int n = row.line();
      int before = violations.size();
      String code = row.get("kode");
      String parentCode = row.get("induk_kode");
      ImportCodes.checkCode(code, n, firstRow, violations);
      if (!ImportCodes.validName(row.get("nama"))) {
        violations.add(Violation.atRow(n, "nama", "import.unit-name-required", ImportCodes.NAME_MAX));
      }
      UnitLevel level = ImportCodes.enumValue(UnitLevel.class, row.get("tingkat"));
      OrgUnit existing = stored.get(code);
      if (level == null) {
        violations.add(Violation.atRow(n, "tingkat", "import.unit-level-invalid", row.get("tingkat")));
      } else if (existing != null && existing.getLevel() != level) {
        violations.add(Violation.atRow(n, "tingkat", "import.unit-level-fixed", code, existing.getLevel()));
      }
      if (level == UnitLevel.PEMDA && !parentCode.isEmpty()) {
        violations.add(Violation.atRow(n, "induk_kode", "import.unit-root-parent"));
      } else if (level != null && level != UnitLevel.PEMDA) {
        if (parentCode.isEmpty()) {
          violations.add(Violation.atRow(n, "induk_kode", "import.unit-parent-required"));
        } else {
          UnitLevel parentLevel = stored.containsKey(parentCode) ? stored.get(parentCode).getLevel()
              : levelInFile.get(parentCode);
          if (parentLevel == null) {
            violations.add(Violation.atRow(n, "induk_kode", "import.unit-parent-unknown", parentCode));
          } else if (parentLevel.ordinal() >= level.ordinal()) {
            violations.add(Violation.atRow(n, "induk_kode", "import.unit-parent-level", parentCode, parentLevel,
                level));
          }
        }
      }
      Integer population = null;
      String populationCell = row.get("populasi_layanan");
      if (!populationCell.isEmpty()) {
        population = ImportCodes.count(populationCell, 0, POPULATION_MAX).orElse(null);
        if (population == null) {
          violations.add(Violation.atRow(n, "populasi_layanan", "import.unit-population-invalid", populationCell,
              POPULATION_MAX));
        }
      }
      ZoneId zone = null;
      String zoneCell = row.get("zona_waktu");
      if (!zoneCell.isEmpty()) {
        if (level != null && level != UnitLevel.PEMDA) {
          violations.add(Violation.atRow(n, "zona_waktu", "import.unit-time-zone-root"));
        } else {
          zone = PemdaTimeZone.parse(zoneCell).orElse(null);
          if (zone == null) {
            violations.add(Violation.atRow(n, "zona_waktu", "import.unit-time-zone-invalid", zoneCell));
          }
        }
      }
      String seat = row.get("kedudukan");
      if (!seat.isEmpty() && level != null && level != UnitLevel.PEMDA) {
        violations.add(Violation.atRow(n, "kedudukan", "import.unit-seat-root"));
      } else if (seat.length() > 100) {
        violations.add(Violation.atRow(n, "kedudukan", "import.unit-seat-too-long", 100));
      }
      if (violations.size() == before) {
        valid.add(new Unit(code, row.get("nama"), level, parentCode, population, zone, seat));
      }
    }
    return valid;
  }

  private record Unit(String code, String name, UnitLevel level, String parentCode, Integer population,
      ZoneId zone, String seat) {
  }
}
