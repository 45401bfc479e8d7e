package id.kinerja.organization;

import static id.kinerja.organization.Chunked.byKey;
import static id.kinerja.organization.Chunked.query;

import id.kinerja.common.AuditTrail;
import id.kinerja.common.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR's import of positions ({@code kode,nama,jenis,unit_kode,kepala}, optional {@code formasi}), CSV or XLSX, all
 * rows or none. A unit has at most one head post, always structural (JPT, ADMINISTRATOR, PENGAWAS) and with one
 * seat; other positions may limit their holders with a formasi. A held position keeps its unit, and a formasi is
 * never set below the number of active holders.
 */
@Service
public class PositionImport {

  static final List<String> REQUIRED_COLUMNS = List.of("kode", "nama", "jenis", "unit_kode", "kepala");
  private static final int FORMASI_MAX = 100_000;

  private final Positions positions;
  private final OrgUnits units;
  private final Employees employees;
  private final AuditTrail audit;

  PositionImport(Positions positions, OrgUnits units, Employees employees, AuditTrail audit) {
    this.positions = positions;
    this.units = units;
    this.employees = employees;
    this.audit = audit;
  }

  @Transactional
  public ImportResult importTable(ImportTable table, String actor, boolean dryRun) {
    table.requireColumns(REQUIRED_COLUMNS);
    List<ImportTable.Row> rows = table.rows();
    Map<String, OrgUnit> unitsByCode = byKey(query(codes(rows, "unit_kode"), units::findByCodeIn),
        OrgUnit::getCode);
    Map<String, Position> stored = byKey(query(codes(rows, "kode"), positions::findByCodeIn), Position::getCode);
    Map<Long, Long> holderCount = query(stored.values().stream().map(Position::getId).toList(),
        employees::findActiveHolders).stream()
        .collect(Collectors.groupingBy(PositionHolder::positionId, Collectors.counting()));
    List<Position> headsOfUnits = query(unitsByCode.values().stream().map(OrgUnit::getId).toList(),
        positions::findByHeadTrueAndUnitIdIn);

    List<Violation> violations = new ArrayList<>(table.violations());
    List<Post> valid = validate(rows, unitsByCode, stored, holderCount, headsOfUnits, violations);
    if (!violations.isEmpty()) {
      throw ImportRefusal.of(violations);
    }
    ImportPlan plan = new ImportPlan(dryRun);
    List<Position> toSave = new ArrayList<>();
    List<Long> headChanged = new ArrayList<>();
    for (Post post : valid) {
      Position entity = stored.get(post.code());
      Integer formasi = table.hasColumn("formasi") ? post.formasi() : entity == null ? null : entity.getFormasi();
      Map<String, String> before = entity == null ? null : entity.importedFields();
      if (entity == null) {
        entity = new Position(post.code(), post.name(), post.type(), post.unit(), post.head());
        plan.added(post.code());
      } else if (entity.isHead() != post.head()) {
        headChanged.add(entity.getId());
      }
      entity.update(post.name(), post.type(), post.unit(), post.head(), formasi);
      if (before != null) {
        plan.compare(post.code(), before, entity.importedFields());
      }
      toSave.add(entity);
    }
    positions.saveAll(toSave);
    // a post that became (or stopped being) a head post: its holder's head_position_id follows
    query(headChanged, employees::findByPositionIdIn).forEach(Employee::refreshHeadPost);
    positions.flush();
    if (!dryRun) {
      plan.audit(audit, actor, "POSITIONS_IMPORTED", "job_position", rows.size());
    }
    return plan.result(rows.size(), null);
  }

  private static List<Post> validate(List<ImportTable.Row> rows, Map<String, OrgUnit> unitsByCode,
      Map<String, Position> stored, Map<Long, Long> holderCount, List<Position> headsOfUnits,
      List<Violation> violations) {
    Set<String> codesInFile = new HashSet<>(codes(rows, "kode"));
    Map<Long, String> storedHeadOfUnit = new HashMap<>();
    headsOfUnits.stream().filter(p -> !codesInFile.contains(p.getCode()))
        .forEach(p -> storedHeadOfUnit.put(p.getUnit().getId(), p.getCode()));
    Map<String, Integer> firstRow = new HashMap<>();
    Map<Long, Integer> headRowOfUnit = new HashMap<>();
    List<Post> valid = new ArrayList<>();
    for (ImportTable.Row row : rows) {
      int n = row.line();
      int before = violations.size();
      String code = row.get("kode");
      ImportCodes.checkCode(code, n, firstRow, violations);
      if (!ImportCodes.validName(row.get("nama"))) {
        violations.add(Violation.atRow(n, "nama", "import.position-name-required", ImportCodes.NAME_MAX));
      }
      PositionType type = ImportCodes.enumValue(PositionType.class, row.get("jenis"));
      if (type == null) {
        violations.add(Violation.atRow(n, "jenis", "import.position-type-invalid", row.get("jenis")));
      }
      OrgUnit unit = unitsByCode.get(row.get("unit_kode"));
      if (unit == null) {
        violations.add(Violation.atRow(n, "unit_kode", "import.unit-unknown", row.get("unit_kode")));
      }
      Boolean head = ImportCodes.yesNo(row.get("kepala")).orElse(null);
      if (head == null) {
        violations.add(Violation.atRow(n, "kepala", "import.head-invalid", row.get("kepala")));
      }
      Integer formasi = null;
      String formasiCell = row.get("formasi");
      if (!formasiCell.isEmpty()) {
        formasi = ImportCodes.count(formasiCell, 1, FORMASI_MAX).orElse(null);
        if (formasi == null) {
          violations.add(Violation.atRow(n, "formasi", "import.formasi-invalid", formasiCell, FORMASI_MAX));
        } else if (Boolean.TRUE.equals(head)) {
          violations.add(Violation.atRow(n, "formasi", "import.formasi-head"));
        }
      }
      if (Boolean.TRUE.equals(head) && type != null && !Position.mayLead(type)) {
        violations.add(Violation.atRow(n, "kepala", "import.head-type", type));
      }
      if (Boolean.TRUE.equals(head) && unit != null) {
        Integer earlierHead = headRowOfUnit.putIfAbsent(unit.getId(), n);
        if (earlierHead != null) {
          violations.add(Violation.atRow(n, "kepala", "import.head-twice", unit.getCode(), earlierHead));
        } else if (storedHeadOfUnit.containsKey(unit.getId())) {
          violations.add(Violation.atRow(n, "kepala", "import.head-exists", unit.getCode(),
              storedHeadOfUnit.get(unit.getId())));
        }
      }
      Position existing = stored.get(code);
      long holders = existing == null ? 0 : holderCount.getOrDefault(existing.getId(), 0L);
      if (existing != null && holders > 0) {
        if (unit != null && !existing.getUnit().getId().equals(unit.getId())) {
          violations.add(Violation.atRow(n, "unit_kode", "import.position-unit-fixed", code,
              existing.getUnit().getCode(), holders));
        }
        if (formasi != null && formasi < holders) {
          violations.add(Violation.atRow(n, "formasi", "import.formasi-below-holders", formasi, holders));
        }
        if (Boolean.TRUE.equals(head) && holders > 1) {
          violations.add(Violation.atRow(n, "kepala", "import.head-many-holders", code, holders));
        }
      }
      if (violations.size() == before) {
        valid.add(new Post(code, row.get("nama"), type, unit, head, formasi));
      }
    }
    return valid;
  }

  private static Set<String> codes(List<ImportTable.Row> rows, String column) {
    return rows.stream().map(r -> r.get(column)).filter(c -> !c.isEmpty()).collect(Collectors.toSet());
  }

  private record Post(String code, String name, PositionType type, OrgUnit unit, boolean head, Integer formasi) {
  }
}
